import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkValue, formatProblem } from '../../src/lib/contentProblems';
import { buildQuestionBank, findInBank } from '../../src/lib/questionBank';
import { missingGuidanceProblems, questionMergeProblems, questionNoteProblems } from '../../src/lib/questionGuidanceChecks';
import { parseYaml } from '../../src/lib/yamlContent';
import { checkContent } from '../../src/loaders/checkContent';
import { questionNotesFolder } from '../../src/loaders/contentFiles';
import { reportedQuestions } from '../../src/loaders/questionChecks';
import * as schemas from '../../src/schemas';
import { projectRoot } from '../support/astroBuild';

/** The schemas and checks of the guide's advice on questions, and the advice shipped in content/. */

const problemsOf = (schema: schemas.z.ZodType, value: unknown) => checkValue(schema, value, 'content/x.yaml').problems.map(formatProblem);

const approach = {
  lookingFor: 'Whether you can reason about it out loud.',
  structure: ['Clarify.', 'Answer.', 'Check.'],
  pitfalls: ['Rushing.', 'Silence.'],
};

describe('the question guidance schemas', () => {
  it('accept guidance for a category and a note with or without a complexity', () => {
    expect(problemsOf(schemas.categoryGuidanceSchema, { category: 'general', ...approach })).toEqual([]);
    expect(problemsOf(schemas.questionNoteSchema, { question: 'Reverse a list.', ...approach, complexity: 'O(n) time' })).toEqual([]);
    expect(problemsOf(schemas.questionNoteSchema, { question: 'Why us?', ...approach })).toEqual([]);
  });

  const cases: [string, schemas.z.ZodType, unknown, string][] = [
    [
      'guidance without a category',
      schemas.categoryGuidanceSchema,
      approach,
      'content/x.yaml category: is required but missing; add it (text expected)',
    ],
    [
      'guidance for a category written as a name',
      schemas.categoryGuidanceSchema,
      { category: 'System design', ...approach },
      'content/x.yaml category: expected a lowercase id',
    ],
    ['two steps', schemas.categoryGuidanceSchema, { category: 'coding', ...approach, structure: ['a', 'b'] }, 'structure: needs at least 3 items'],
    [
      'seven steps',
      schemas.questionNoteSchema,
      { question: 'q?', ...approach, structure: ['1', '2', '3', '4', '5', '6', '7'] },
      'structure: must have at most 6 items',
    ],
    ['one pitfall', schemas.questionNoteSchema, { question: 'q?', ...approach, pitfalls: ['a'] }, 'pitfalls: needs at least 2 items'],
    [
      'six pitfalls',
      schemas.questionNoteSchema,
      { question: 'q?', ...approach, pitfalls: ['1', '2', '3', '4', '5', '6'] },
      'must have at most 5 items',
    ],
    ['a step on two lines', schemas.questionNoteSchema, { question: 'q?', ...approach, structure: ['a\nb', 'c', 'd'] }, 'structure[0]: contains'],
    ['an empty paragraph', schemas.questionNoteSchema, { question: 'q?', ...approach, lookingFor: '  ' }, 'lookingFor: must not be empty'],
    ['a note without its question', schemas.questionNoteSchema, approach, 'question: is required but missing'],
    ['a note with a field of its own', schemas.questionNoteSchema, { question: 'q?', ...approach, answer: 'x' }, 'unknown field "answer"'],
    ['merges without keepApart', schemas.questionMergesSchema, { merge: [] }, 'keepApart: is required but missing'],
    ['a merge group of one wording', schemas.questionMergesSchema, { merge: [['a?']], keepApart: [] }, 'merge[0]: needs at least 2 items'],
    [
      'a group that repeats a wording in other letter case',
      schemas.questionMergesSchema,
      { merge: [], keepApart: [['Why us?', 'why us']] },
      'keepApart[0][1]: repeats wording 1 of this group (case and punctuation aside); delete one of them',
    ],
    [
      'wordings both merged and kept apart',
      schemas.questionMergesSchema,
      { merge: [['a?', 'b?', 'c?']], keepApart: [['B?', 'a']] },
      'merge[0]: merges two wordings that keepApart[0] keeps apart',
    ],
    [
      'an example question naming a department twice',
      schemas.exampleQuestionSchema,
      { id: 'a', text: 'q?', category: 'coding', departments: ['data-analytics', 'data-analytics'] },
      'departments[1]: lists "data-analytics" a second time; list each department once',
    ],
    [
      'an example question with an empty list of departments',
      schemas.exampleQuestionSchema,
      { id: 'a', text: 'q?', category: 'coding', departments: [] },
      'departments: needs at least 1 item',
    ],
  ];
  it.each(cases)('refuse %s, naming the field', (_name, schema, value, expected) => {
    expect(problemsOf(schema, value).join('\n')).toContain(expected);
  });

  it('give every field a description for the JSON Schema', () => {
    for (const schema of [schemas.categoryGuidanceSchema, schemas.questionNoteSchema]) {
      for (const [name, field] of Object.entries(schema.shape)) expect(field.description, name).toBeTruthy();
    }
    const merges = schemas.z.toJSONSchema(schemas.questionMergesSchema) as { properties: Record<string, { description?: string }> };
    expect(merges.properties.merge.description).toBeTruthy();
    expect(merges.properties.keepApart.description).toBeTruthy();
  });
});

describe('the checks across question files', () => {
  const bank = buildQuestionBank(
    [{ text: 'Reverse a linked list.', category: 'coding' }],
    [{ id: 'e', role: 'Engineer', department: 'd', date: '2026-01-01', questions: [{ text: 'Why this team?' }] }],
  );
  const note = (file: string, question: string, text = `question: ${question}\n`) => {
    const parsed = parseYaml(text, file);
    return { file, data: { question }, locate: parsed.locate };
  };

  it('name each category without guidance and how to add it', () => {
    const categories = [
      { id: 'coding', name: 'Coding' },
      { id: 'design', name: 'Design' },
    ];
    expect(missingGuidanceProblems('content/g.yaml', categories, ['coding', 'general']).map(formatProblem)).toEqual([
      'content/g.yaml: has no guidance for the category "design" (Design) of question-categories.yaml; add an item "- category: design" with lookingFor, structure and pitfalls',
    ]);
    expect(missingGuidanceProblems('content/g.yaml', categories, ['design', 'coding'])).toEqual([]);
  });

  it('refuse a note on an unreported question and a second note on one question, at the line of the question', () => {
    const notes = [
      note('n/b.yaml', 'reverse a linked list', '# comment\nquestion: reverse a linked list\n'),
      note('n/a.yaml', 'Reverse a linked list.'),
      note('n/c.yaml', 'Reverse a linked list in place.'),
    ];
    expect(questionNoteProblems(notes, { bank, complete: true }).map(formatProblem)).toEqual([
      'n/b.yaml:2:11 question: is about the same question as n/a.yaml; a question has one note: move what this file adds into n/a.yaml and delete this file',
      'n/c.yaml:1:11 question: "Reverse a linked list in place." is not a question the guide (example-questions.yaml) or an experience reports. Did you mean "Reverse a linked list."? Copy the wording exactly as it is reported (letter case and punctuation may differ), or delete this note',
    ]);
  });

  it('suggest no wording when none is close, and call nothing unreported while the bank is incomplete', () => {
    const far = [note('n/far.yaml', 'What is your favourite colour?')];
    expect(questionNoteProblems(far, { bank, complete: true })[0].message).not.toContain('Did you mean');
    expect(questionNoteProblems(far, { bank, complete: false })).toEqual([]);
    // Two notes on one question are refused whether or not the bank is complete.
    expect(questionNoteProblems([...far, note('n/zz.yaml', 'what is your favourite colour')], { bank, complete: false })).toHaveLength(1);
  });

  it('refuse a wording in a merge group that nothing reports, at its place in the file', () => {
    const text = 'merge: []\nkeepApart:\n  - - Why this team?\n    - Why this company?\n';
    const parsed = parseYaml(text, 'm.yaml');
    const merges = { file: 'm.yaml', data: parsed.value as { merge: string[][]; keepApart: string[][] }, locate: parsed.locate };
    expect(questionMergeProblems(merges, { bank, complete: true }).map(formatProblem)).toEqual([
      expect.stringMatching(/^m\.yaml:4:7 keepApart\[0\]\[1\]: "Why this company\?" is not a question the guide/),
    ]);
    expect(questionMergeProblems(merges, { bank, complete: false })).toEqual([]);
  });
});

describe('the shipped question advice', () => {
  const report = checkContent(resolve(projectRoot, 'content'));
  const reported = reportedQuestions(report.data, report.readable, true);
  const notes = (report.folders.get(questionNotesFolder) ?? []).map((entry) => ({ id: entry.id, data: entry.data as schemas.QuestionNote }));

  it('passes validation', () => {
    expect(report.problems.map(formatProblem)).toEqual([]);
  });

  // Every question the source article reports has a note (tests/site/content.test.ts checks that on its pages);
  // a question a candidate adds later has its category's guidance until someone writes one.
  it('has at most one note per question, each about a reported question', () => {
    expect(reported.bank.length).toBeGreaterThan(0);
    expect(notes.length).toBeGreaterThan(0);
    const notesOf = new Map(reported.bank.map((question) => [question, [] as string[]]));
    for (const { id, data } of notes) {
      const question = findInBank(reported.bank, data.question);
      expect(question, `${id}.yaml is about a reported question`).toBeDefined();
      notesOf.get(question!)!.push(id);
    }
    const repeated = reported.bank.filter((question) => notesOf.get(question)!.length > 1);
    expect(repeated.map((question) => `${question.text}: ${notesOf.get(question)!.join(', ')}`)).toEqual([]);
  });

  it('copies each question exactly as one of its sources words it', () => {
    for (const { id, data } of notes) expect(findInBank(reported.bank, data.question)!.wordings, id).toContain(data.question);
  });

  it('gives a complexity for coding questions only', () => {
    for (const { id, data } of notes) {
      const category = findInBank(reported.bank, data.question)!.category;
      expect(data.complexity !== undefined, `${id}.yaml (${category})`).toBe(category === 'coding');
    }
  });

  it('has guidance for every category, and general guidance for questions without one', () => {
    const categories = (report.data.get('question-categories.yaml') ?? []).map((entry) => entry.id);
    const guidance = (report.data.get('question-guidance.yaml') ?? []).map((entry) => entry.id);
    expect(guidance.sort()).toEqual([...categories, schemas.GENERAL_GUIDANCE].sort());
  });
});
