import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../src/lib/questionBank';
import { monthsBefore, questionReports, recencyOf, recentQuestions, relatedQuestions, reportedWithin } from '../../src/lib/questionPage';

const report = (id: string, date: string, ...questions: [string, string?][]) => ({
  id,
  date,
  role: 'Engineer',
  department: 'eng',
  level: 'senior' as const,
  questions: questions.map(([text, category]) => ({ text, category })),
});

describe('monthsBefore', () => {
  it('counts calendar months back, clamping to the end of a shorter month', () => {
    expect(monthsBefore('2026-12-02', 6)).toBe('2026-06-02');
    expect(monthsBefore('2026-12-02', 12)).toBe('2025-12-02');
    expect(monthsBefore('2026-08-31', 6)).toBe('2026-02-28');
    expect(monthsBefore('2024-08-31', 6)).toBe('2024-02-29');
    expect(monthsBefore('2026-03-15', 3)).toBe('2025-12-15');
  });
});

describe('recency', () => {
  const bank = buildQuestionBank(
    [{ text: 'From the guide only?' }],
    [
      report('old', '2025-11-30', ['Old question?']),
      report('mid', '2026-03-01', ['Middle question?']),
      report('new', '2026-11-01', ['New question?']),
    ],
  );
  const today = '2026-12-02';

  it('says which span a question was last reported within, the build date included', () => {
    expect(bank.map((question) => recencyOf(question, today))).toEqual([undefined, undefined, 12, 6]);
    expect(reportedWithin(bank[3], 6, '2027-05-01')).toBe(true);
    expect(reportedWithin(bank[3], 6, '2027-05-02')).toBe(false);
  });

  it('lists the questions of the last 12 months, newest report first', () => {
    expect(recentQuestions(bank, today).map((question) => question.text)).toEqual(['New question?', 'Middle question?']);
  });
});

describe('questionReports', () => {
  it('lists the newest reports up to the limit, and counts the rest', () => {
    const reports = Array.from({ length: 8 }, (_, day) => report(`e${day}`, `2026-01-0${day + 1}`, ['Why us?']));
    const [question] = buildQuestionBank([{ text: 'Why us?' }], reports);
    const { guide, experiences, more } = questionReports(question, 5);
    expect(guide).toBe(true);
    expect(experiences.map((source) => source.id)).toEqual(['e7', 'e6', 'e5', 'e4', 'e3']);
    expect(experiences[0]).toMatchObject({ level: 'senior', role: 'Engineer', date: '2026-01-08' });
    expect(more).toBe(3);
  });
});

describe('relatedQuestions', () => {
  const bank = buildQuestionBank(
    [],
    [
      report(
        'a',
        '2026-01-01',
        ['Reverse a linked list.', 'coding'],
        ['Detect a cycle in a linked list.', 'coding'],
        ['Merge two sorted lists.', 'coding'],
        ['Implement binary search.', 'coding'],
        ['Tell me about a conflict in your team.', 'behavioural'],
        ['How do you handle a linked list interview?', 'behavioural'],
      ),
    ],
  );
  const related = relatedQuestions(bank, 3);
  const textsOf = (text: string) => related.get(bank.find((question) => question.text === text)!)!.map((question) => question.text);

  it('puts the questions sharing most words first, then fills with the category’s questions', () => {
    expect(textsOf('Reverse a linked list.')).toEqual([
      'Detect a cycle in a linked list.',
      'How do you handle a linked list interview?',
      'Merge two sorted lists.',
    ]);
    expect(textsOf('Implement binary search.')).toEqual(['Reverse a linked list.', 'Detect a cycle in a linked list.', 'Merge two sorted lists.']);
  });

  it('never lists a question as related to itself', () => {
    for (const [question, others] of related) expect(others).not.toContain(question);
  });
});
