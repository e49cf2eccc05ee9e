import { describe, expect, it } from 'vitest';
import { contentNames, UNCATEGORISED_NAME } from '../../src/lib/contentNames';

describe('contentNames', () => {
  const names = contentNames([{ id: 'software-development', name: 'Software Development' }], [{ id: 'system-design', name: 'System design' }]);

  it('names departments and categories by id', () => {
    expect(names.department('software-development')).toBe('Software Development');
    expect(names.category('system-design')).toBe('System design');
  });

  it('falls back to the id for an unknown one, and to "Uncategorised" for a question without a category', () => {
    expect(names.department('sales')).toBe('sales');
    expect(names.category('coding')).toBe('coding');
    expect(names.category(undefined)).toBe(UNCATEGORISED_NAME);
  });
});
