import { describe, expect, it } from 'vitest';
import { buildQuestionBank, findInBank, groupByCategory, questionKey } from '../../src/lib/questionBank';

const experience = (id: string, date: string, role: string, questions: { text: string; category?: string }[]) => ({
  id,
  date,
  role,
  department: 'dept',
  questions,
});

describe('questionKey', () => {
  it('ignores case, quotes, punctuation and spacing', () => {
    expect(questionKey('  “Explain REST vs. SOAP?”  ')).toBe(questionKey('explain rest vs soap'));
    expect(questionKey('What’s your approach?')).toBe(questionKey("what's your approach"));
  });

  it('keeps words that change the meaning apart', () => {
    expect(questionKey('Design a REST API')).not.toBe(questionKey('Design a SOAP API'));
    expect(questionKey('C++ or C#?')).not.toBe(questionKey('C or C?'));
  });
});

describe('buildQuestionBank', () => {
  const bank = buildQuestionBank(
    [{ text: 'Describe a critical bug you fixed.', category: 'behavioural' }],
    [
      experience('a', '2026-01-10', 'Software Engineer', [
        { text: 'describe a CRITICAL bug you fixed' },
        { text: 'Reverse a linked list.', category: 'coding' },
      ]),
      experience('b', '2026-03-02', 'QA Engineer', [{ text: 'Describe a critical bug you fixed!' }]),
    ],
  );

  it('merges the same question across sources and keeps every wording', () => {
    expect(bank).toHaveLength(2);
    const bug = bank[0];
    expect(bug.text).toBe('Describe a critical bug you fixed.');
    expect(bug.wordings).toEqual(['Describe a critical bug you fixed.', 'describe a CRITICAL bug you fixed', 'Describe a critical bug you fixed!']);
    expect(bug.sources.map((source) => source.kind)).toEqual(['guide', 'experience', 'experience']);
  });

  it('counts roles once each and remembers the newest report', () => {
    expect(bank[0].roles).toEqual(['Software Engineer', 'QA Engineer']);
    expect(bank[0].lastReported).toBe('2026-03-02');
  });

  it('takes the first category given', () => {
    expect(bank[0].category).toBe('behavioural');
    expect(bank[1].category).toBe('coding');
  });

  it('gives every question a unique, readable anchor', () => {
    expect(bank.map((question) => question.anchor)).toEqual(['describe-a-critical-bug-you-fixed', 'reverse-a-linked-list']);
    const twins = buildQuestionBank([], [experience('c', '2026-01-01', 'R', [{ text: '???' }, { text: '!!!' }])]);
    expect(new Set(twins.map((question) => question.anchor)).size).toBe(twins.length);
  });

  it('finds a question by any of its wordings', () => {
    expect(findInBank(bank, 'DESCRIBE a critical bug you fixed')?.anchor).toBe('describe-a-critical-bug-you-fixed');
    expect(findInBank(bank, 'Something never asked')).toBeUndefined();
  });
});

describe('groupByCategory', () => {
  it('follows the category order and puts uncategorised questions last', () => {
    const bank = buildQuestionBank(
      [{ text: 'a', category: 'y' }, { text: 'b' }, { text: 'c', category: 'x' }, { text: 'd', category: 'unknown' }],
      [],
    );
    const groups = groupByCategory(bank, ['x', 'y', 'z']);
    expect(groups.map((group) => group.category)).toEqual(['x', 'y', undefined]);
    expect(groups[2].questions.map((question) => question.text)).toEqual(['b', 'd']);
  });
});
