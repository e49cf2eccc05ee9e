import { describe, expect, it } from 'vitest';
import { embeds, relatedExperiences, relatedQuestions, sectionEmbedding } from '../../src/lib/guideRelations';
import { buildQuestionBank } from '../../src/lib/questionBank';

describe('embeds', () => {
  it('finds a component used in MDX, self-closing, with props or with children', () => {
    expect(embeds('Intro\n\n<SalaryTable />', 'SalaryTable')).toBe(true);
    expect(embeds('<SalaryTable department="eng"/>', 'SalaryTable')).toBe(true);
    expect(embeds('<Faq>text</Faq>', 'Faq')).toBe(true);
  });

  it('does not take a longer component name or the word in prose for it', () => {
    expect(embeds('<SalaryTableNote />', 'SalaryTable')).toBe(false);
    expect(embeds('The SalaryTable shows bands.', 'SalaryTable')).toBe(false);
  });
});

describe('sectionEmbedding', () => {
  const sections = [{ id: 'a', body: 'No data' }, { id: 'b' }, { id: 'c', body: '<ExampleQuestions />' }, { id: 'd', body: '<ExampleQuestions />' }];

  it('gives the first section that shows the component, or none', () => {
    expect(sectionEmbedding(sections, 'ExampleQuestions')?.id).toBe('c');
    expect(sectionEmbedding(sections, 'Faq')).toBeUndefined();
  });
});

describe('relatedQuestions and relatedExperiences', () => {
  const bank = buildQuestionBank(
    [{ text: 'Design a cache', category: 'design' }, { text: 'Why us?', category: 'behavioural' }, { text: 'No category' }],
    [],
  );
  const experience = (id: string, department: string, ...categories: string[]) => ({
    id,
    data: { department, questions: categories.map((category) => ({ category })) },
  });
  const experiences = [
    experience('1', 'sales'),
    experience('2', 'eng'),
    experience('3', 'sales', 'design'),
    experience('4', 'eng'),
    experience('5', 'eng'),
  ];

  it("picks the bank's questions of the section's categories, in bank order, up to the limit", () => {
    expect(relatedQuestions(bank, { departments: [], categories: ['behavioural', 'design'] }).map((question) => question.text)).toEqual([
      'Design a cache',
      'Why us?',
    ]);
    expect(relatedQuestions(bank, { departments: [], categories: ['behavioural', 'design'] }, 1)).toHaveLength(1);
    expect(relatedQuestions(bank, { departments: ['eng'], categories: [] })).toEqual([]);
  });

  it("picks experiences of the section's departments or with a question of its categories, in the order given, up to the limit", () => {
    const ids = (list: { id: string }[]) => list.map((entry) => entry.id);
    expect(ids(relatedExperiences(experiences, { departments: ['eng'], categories: ['design'] }))).toEqual(['2', '3', '4', '5']);
    expect(ids(relatedExperiences(experiences, { departments: ['eng'], categories: ['design'] }, 2))).toEqual(['2', '3']);
    expect(ids(relatedExperiences(experiences, { departments: [], categories: [] }))).toEqual([]);
  });
});
