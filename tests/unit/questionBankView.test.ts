import { describe, expect, it } from 'vitest';
import { buildQuestionBank, hasRepeatedQuestion, leadingQuestions, mostReported, reportedNote, UNCATEGORISED } from '../../src/lib/questionBank';
import { bankPages, questionBankView } from '../../src/lib/questionBankView';

const categories = [
  { id: 'coding', name: 'Coding', description: 'Code.' },
  { id: 'behavioural', name: 'Behavioural', description: 'People.' },
];
const report = (id: string, date: string, role: string, ...texts: [string, string?][]) => ({
  id,
  role,
  department: 'eng',
  date,
  questions: texts.map(([text, category]) => ({ text, category })),
});
const bank = buildQuestionBank(
  [{ text: 'Why us?', category: 'behavioural' }],
  [
    report('a', '2026-01-01', 'Dev', ['Reverse a list', 'coding'], ['Tell me about yourself']),
    report('b', '2026-02-01', 'QA', ['reverse a list', 'coding'], ['Odd one', 'unknown-category']),
    report('c', '2026-03-01', 'Dev', ['Why us?'], ['Tell me about yourself']),
  ],
);

const today = '2026-08-15';

describe('questionBankView', () => {
  it('groups the whole bank in category order, the uncategorised last, and filters by category and role', () => {
    const view = questionBankView(bank, categories, today);
    expect(view.title).toBe('Question bank');
    expect(view.groups.map((group) => [group.id, group.name, group.questions.length])).toEqual([
      ['category-coding', 'Coding', 1],
      ['category-behavioural', 'Behavioural', 1],
      [`category-${UNCATEGORISED}`, 'Uncategorised', 2],
    ]);
    expect(view.groups[0].description).toBe('Code.');
    const [category, role] = view.facets;
    expect(category).toEqual({
      name: 'category',
      label: 'Category',
      options: [
        ['Behavioural', 1],
        ['Coding', 1],
        ['Uncategorised', 2],
      ],
    });
    expect(role.name).toBe('role');
    expect(role.options).toContainEqual(['Dev', 3]);
  });

  it('filters by how recently a question was reported, counting back from the build date', () => {
    const reported = questionBankView(bank, categories, today).facets.find((facet) => facet.name === 'reported');
    // Last reported on 1 March (two questions) and 1 February (two); the guide's own question counts for no date.
    expect(reported?.options).toEqual([
      ['In the last 6 months', 2],
      ['In the last 12 months', 4],
    ]);
    expect(questionBankView(bank, categories, '2027-03-02').facets.at(-1)?.options).toEqual([
      ['In the last 6 months', 0],
      ['In the last 12 months', 0],
    ]);
  });

  it('shows one category of a split bank without the category filter', () => {
    const view = questionBankView(bank, categories, today, 'coding');
    expect(view.title).toBe('Coding questions');
    expect(view.questions.map((question) => question.text)).toEqual(['Reverse a list']);
    expect(view.facets.map((facet) => facet.name)).toEqual(['role', 'reported']);
    expect(questionBankView(bank, categories, today, UNCATEGORISED).title).toBe('Uncategorised questions');
  });
});

describe('bankPages', () => {
  it('has a page per category with questions, and the uncategorised rest last', () => {
    expect(bankPages(bank, categories).map((page) => [page.id, page.count])).toEqual([
      ['coding', 1],
      ['behavioural', 1],
      [UNCATEGORISED, 2],
    ]);
    expect(bankPages(bank, [...categories, { id: 'design', name: 'Design', description: '' }]).map((page) => page.id)).not.toContain('design');
  });
});

describe('mostReported', () => {
  it('orders by reports, newest report first among equals, and keeps the limit', () => {
    expect(mostReported(bank, 3).map((question) => question.text)).toEqual(['Why us?', 'Tell me about yourself', 'Reverse a list']);
    expect(mostReported(bank, 1)).toHaveLength(1);
  });
});

describe('leadingQuestions', () => {
  const once = buildQuestionBank(
    [{ text: 'From the guide' }],
    [report('a', '2026-01-01', 'Dev', ['Old one']), report('b', '2026-03-01', 'QA', ['New one'], ['Also new'])],
  );

  it('leads with the most reported questions once a question was reported twice', () => {
    expect(hasRepeatedQuestion(bank)).toBe(true);
    const leading = leadingQuestions(bank, 2);
    expect(leading).toMatchObject({ byCount: true, title: 'Most reported questions' });
    expect(leading.questions.map((question) => question.text)).toEqual(['Why us?', 'Tell me about yourself']);
    expect(reportedNote(leading.questions[0], true)).toBe('reported 2 times');
    expect(
      reportedNote(
        bank.find((question) => question.text === 'Odd one')!,
        true,
      ),
    ).toBe('reported once');
  });

  it('calls them "Recently reported" while no question was reported twice, newest first, each with its date', () => {
    expect(hasRepeatedQuestion(once)).toBe(false);
    const leading = leadingQuestions(once, 4);
    expect(leading).toMatchObject({ byCount: false, title: 'Recently reported' });
    expect(leading.questions.map((question) => question.text)).toEqual(['New one', 'Also new', 'Old one', 'From the guide']);
    expect(leading.questions.map((question) => reportedNote(question, false))).toEqual([
      'reported 1 Mar 2026',
      'reported 1 Mar 2026',
      'reported 1 Jan 2026',
      'from the guide',
    ]);
  });
});
