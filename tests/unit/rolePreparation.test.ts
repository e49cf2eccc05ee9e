import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../src/lib/questionBank';
import {
  departmentOverview,
  departmentQuestions,
  relevantGuideSections,
  reportedStages,
  rolePreparation,
  stageKey,
} from '../../src/lib/rolePreparation';

const rounds = (...names: string[]) => ({ timeline: names.map((name) => ({ name })) });

describe('reportedStages', () => {
  it('merges names that differ in case, spacing or end punctuation', () => {
    expect(stageKey('  Technical   Interview. ')).toBe(stageKey('technical interview'));
    const stages = reportedStages([rounds('Recruiter call', 'Technical interview'), rounds('recruiter  call.', 'Case study', 'Technical Interview')]);
    expect(stages.map((stage) => [stage.name, stage.count])).toEqual([
      ['Recruiter call', 2],
      ['Case study', 1],
      ['Technical interview', 2],
    ]);
  });

  it('orders stages by the round they usually are, then by how often they are reported', () => {
    const stages = reportedStages([rounds('A', 'B'), rounds('C', 'B'), rounds('C')]);
    expect(stages.map((stage) => [stage.name, stage.typicalRound, stage.count])).toEqual([
      ['C', 1, 2],
      ['A', 1, 1],
      ['B', 2, 2],
    ]);
  });

  it('counts a stage once per experience even when it repeats', () => {
    expect(reportedStages([rounds('Interview', 'Interview')])).toEqual([{ name: 'Interview', count: 1, typicalRound: 1.5 }]);
  });

  it('skips experiences without a timeline', () => {
    expect(reportedStages([{}, { timeline: undefined }])).toEqual([]);
  });
});

describe('departmentQuestions', () => {
  const experience = (id: string, department: string, questions: string[]) => ({
    id,
    role: 'Role',
    department,
    date: '2026-01-01',
    questions: questions.map((text) => ({ text })),
  });
  const bank = buildQuestionBank(
    [{ text: 'Why us?' }],
    [
      experience('a', 'eng', ['Reverse a list.', 'Why us?']),
      experience('b', 'sales', ['Sell me this pen.']),
      experience('c', 'eng', ['reverse a list']),
    ],
  );

  it('lists only the questions the department reported, most reported first, with their anchors', () => {
    const questions = departmentQuestions(bank, 'eng');
    expect(questions.map((entry) => [entry.question.text, entry.count])).toEqual([
      ['Reverse a list.', 2],
      ['Why us?', 1],
    ]);
    expect(questions[0].question.anchor).toBe('reverse-a-list');
  });

  it('is empty for a department nobody reported on', () => {
    expect(departmentQuestions(bank, 'design')).toEqual([]);
  });
});

describe('relevantGuideSections', () => {
  const sections = [
    { id: 'roles', departments: ['eng', 'sales'], categories: [], body: '<Departments />' },
    { id: 'pay', departments: [], categories: [], body: 'Intro\n\n<SalaryTable />' },
    { id: 'stages', departments: [], categories: ['coding'], body: '<InterviewStages />' },
    { id: 'history', departments: [], categories: ['company'], body: 'Founded long ago; see <SalaryTableNote/> nowhere.' },
  ];
  const query = { department: 'eng', categories: ['coding'], hasSalaryBand: true, preparationComponents: ['InterviewStages'] };

  it('lists sections naming the department, the salary table, preparation and shared categories, each with why', () => {
    const matches = relevantGuideSections(sections, query);
    expect(matches.map((match) => match.section.id)).toEqual(['roles', 'pay', 'stages']);
    expect(matches[0]).toMatchObject({ department: true, salaries: false, preparation: false, categories: [] });
    expect(matches[1]).toMatchObject({ salaries: true });
    expect(matches[2]).toMatchObject({ preparation: true, categories: ['coding'] });
  });

  it('leaves the salary section out for a department without a band', () => {
    const ids = relevantGuideSections(sections, { ...query, department: 'design', hasSalaryBand: false, categories: [] }).map(
      (match) => match.section.id,
    );
    expect(ids).toEqual(['stages']);
  });
});

describe('rolePreparation', () => {
  const bank = buildQuestionBank(
    [{ text: 'Why us?', category: 'behavioural' }],
    [
      { id: 'a', role: 'Dev', department: 'eng', date: '2026-01-02', questions: [{ text: 'Reverse a list', category: 'coding' }] },
      {
        id: 'b',
        role: 'Dev',
        department: 'eng',
        date: '2026-01-03',
        questions: [{ text: 'reverse a list.', category: 'coding' }, { text: 'Why us?' }],
      },
      { id: 'c', role: 'Seller', department: 'sales', date: '2026-01-04', questions: [{ text: 'Sell me this pen' }] },
    ],
  );
  const experience = (department: string, rounds: number, timeline?: string[]) => ({
    data: { department, rounds, appliedVia: 'other' as const, timeline: timeline?.map((name) => ({ name })) },
  });
  const names = { category: (id: string | undefined) => (id ? id.toUpperCase() : 'Uncategorised') };
  const input = {
    department: { id: 'eng', name: 'Engineering' },
    experiences: [experience('eng', 3, ['Call', 'Code']), experience('sales', 1), experience('eng', 2)],
    bank,
    salaryBands: [{ department: 'eng' }, {}],
    sections: [
      { id: 'pay', body: '<SalaryTable />', data: { title: 'Pay', departments: [], categories: [] } },
      { id: 'coding', data: { title: 'Coding', departments: [], categories: ['coding', 'design'] } },
      { id: 'sales', body: 'Text', data: { title: 'Selling', departments: ['sales'], categories: [] } },
    ],
    names,
    preparationComponents: ['InterviewStages'],
  };

  it("keeps the department's experiences, their stages and rounds, and its questions with category names", () => {
    const role = rolePreparation(input);
    expect(role.experiences).toEqual([input.experiences[0], input.experiences[2]]);
    expect(role.stages.map((stage) => stage.name)).toEqual(['Call', 'Code']);
    expect(role.rounds).toBe('2 to 3 rounds, 2.5 on average.');
    expect(role.questions.map(({ question, count, category }) => [question.text, count, category])).toEqual([
      ['Reverse a list', 2, 'CODING'],
      ['Why us?', 1, 'BEHAVIOURAL'],
    ]);
    expect(role.hasSalaryBand).toBe(true);
  });

  it('lists the guide sections that concern the department, each with its reasons in words', () => {
    expect(rolePreparation(input).guide).toEqual([
      { id: 'pay', title: 'Pay', reasons: ['salary bands'] },
      { id: 'coding', title: 'Coding', reasons: ['CODING questions'] },
    ]);
    const sales = rolePreparation({ ...input, department: { id: 'sales', name: 'Sales' } });
    expect(sales.guide).toEqual([{ id: 'sales', title: 'Selling', reasons: ['covers Sales'] }]);
    expect(sales.hasSalaryBand).toBe(false);
    expect(sales.rounds).toBe('1 round.');
  });

  it('says nothing about rounds when nobody reported on the department', () => {
    const empty = rolePreparation({ ...input, department: { id: 'design', name: 'Design' } });
    expect(empty).toMatchObject({ experiences: [], stages: [], rounds: undefined, questions: [], guide: [] });
  });
});

describe('departmentOverview', () => {
  it('counts what the site holds for one department', () => {
    const bank = buildQuestionBank(
      [],
      [{ id: 'a', role: 'Dev', department: 'eng', date: '2026-01-01', questions: [{ text: 'Q1' }, { text: 'Q2' }] }],
    );
    const experiences = [{ data: { department: 'eng' } }, { data: { department: 'sales' } }];
    expect(departmentOverview('eng', experiences, bank, [{ department: 'eng' }, { department: 'eng' }, {}])).toEqual({
      experiences: 1,
      questions: 2,
      bands: 2,
    });
    expect(departmentOverview('design', experiences, bank, [])).toEqual({ experiences: 0, questions: 0, bands: 0 });
  });
});
