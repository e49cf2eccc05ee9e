import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../src/lib/questionBank';
import { departmentQuestions, relevantGuideSections, reportedStages, stageKey } from '../../src/lib/rolePreparation';

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
