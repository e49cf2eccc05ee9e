import { describe, expect, it } from 'vitest';
import { BANK_PAGE_LIMIT, bankCategoryOf, bankPageOf, buildQuestionBank, isBankSplit, UNCATEGORISED } from '../../src/lib/questionBank';
import { paths } from '../../src/lib/urls';

const bankOf = (count: number) =>
  buildQuestionBank(
    Array.from({ length: count }, (_, index) => ({ text: `Question ${index}?`, category: index % 2 ? 'coding' : undefined })),
    [],
  );

describe('a question bank split by category', () => {
  it(`stays one page up to ${BANK_PAGE_LIMIT} questions`, () => {
    const bank = bankOf(BANK_PAGE_LIMIT);
    expect(isBankSplit(bank)).toBe(false);
    expect(bankPageOf(bank, bank[1], ['coding'])).toBeUndefined();
    expect(paths.questionInBank(bank[1].anchor, bankPageOf(bank, bank[1], ['coding']))).toBe(`/questions/#${bank[1].anchor}`);
  });

  it('past that, puts each question on its category page, and the rest on the uncategorised one', () => {
    const bank = bankOf(BANK_PAGE_LIMIT + 1);
    expect(isBankSplit(bank)).toBe(true);
    expect(paths.questionInBank(bank[1].anchor, bankPageOf(bank, bank[1], ['coding']))).toBe(`/questions/category/coding/#${bank[1].anchor}`);
    expect(bankPageOf(bank, bank[0], ['coding'])).toBe(UNCATEGORISED);
    // A category the categories file does not list has no page of its own.
    expect(bankCategoryOf(bank[1], ['design'])).toBe(UNCATEGORISED);
  });
});
