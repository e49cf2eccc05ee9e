import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatRange, plural } from '../../src/lib/format';

describe('format', () => {
  it('writes calendar dates without a time-zone shift', () => {
    expect(formatDate('2026-02-21')).toBe('21 Feb 2026');
    expect(formatDate('2026-01-01')).toBe('1 Jan 2026');
  });
  it('writes money and ranges', () => {
    expect(formatMoney(40000, 'EUR')).toBe('€40,000');
    expect(formatRange(40000, 55000, 'EUR')).toBe('€40,000 – €55,000');
    expect(formatMoney(1200, 'GBP')).toBe('£1,200');
  });
  it('pluralises', () => {
    expect(plural(1, 'round')).toBe('1 round');
    expect(plural(3, 'round')).toBe('3 rounds');
    expect(plural(2, 'query', 'queries')).toBe('2 queries');
  });
});
