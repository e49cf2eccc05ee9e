import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldQuestions, scaffoldOptions } from '../../scripts/lib/experienceFields';
import type { ExportLicense } from '../../src/lib/contentLicense';
import { tableChoices } from '../../src/lib/experienceChoices';
import { csvHeader, experienceRecord, experiencesCsv } from '../../src/lib/experienceExport';
import { experienceFields, experienceKeys, type AnyFieldTable, type ExperienceField } from '../../src/lib/experienceFields';
import { experienceFromAnswers } from '../../src/lib/experienceFile';
import { experienceJsonSchema } from '../../src/lib/experienceJsonSchema';
import { answersFromIssue, formLabels, issueFormHeadings, issueSections } from '../../src/lib/issueForm';
import { plural } from '../../src/lib/format';
import { experienceSchema, type Experience } from '../../src/schemas/experience';
import { parseCsv } from '../support/csv';

/**
 * Adding a field to an experience touches the schema, the table of fields, the issue form and content, and
 * nothing else: here two fields the schema does not have are added to a copy of the table, and the scaffold's
 * questions and flags, the issue form's headings and reading, the answers' values, the JSON record and the CSV
 * all take them up with no other change. (That the real form, JSON Schema, scaffold and exports cover every
 * field of the real table is tests/integration/experienceFieldCoverage.test.ts.)
 */

const teamSize: ExperienceField<never> = {
  label: 'Team size',
  formLabel: 'Size of the team',
  prompt: 'How many people are in the team you applied to? (Enter to skip)',
  flag: 'team-size',
  required: false,
  fromAnswer: (answer) => (/^\d+$/.test(answer) ? Number(answer) : answer),
  show: (size: number | undefined) => (size === undefined ? undefined : plural(size, 'person', 'people')),
  csvColumn: 'team size',
  csv: (size: number) => String(size),
};

const language: ExperienceField<never> = {
  label: 'Interview language',
  formLabel: 'Language of the interviews',
  prompt: 'In which language were the interviews? (Enter to skip)',
  flag: 'language',
  required: false,
  choices: { en: 'English', nl: 'Dutch' },
  show: (code: 'en' | 'nl' | undefined) => (code === undefined ? undefined : { en: 'English', nl: 'Dutch' }[code]),
  csvColumn: 'language',
};

/** The real table with the two fields asked right after `format`. */
const extended: AnyFieldTable = Object.fromEntries(
  Object.entries(experienceFields).flatMap(([key, field]) =>
    key === 'format'
      ? [
          [key, field],
          ['teamSize', teamSize],
          ['language', language],
        ]
      : [[key, field]],
  ),
);
/** The two entries after `format` (or the entry named `anchor`). */
const afterFormat = (keys: readonly string[], anchor = 'format') => keys.slice(keys.indexOf(anchor) + 1, keys.indexOf(anchor) + 3);

const contentChoices = {
  departments: [{ value: 'software-development', label: 'Software Development' }],
  categories: [{ value: 'coding', label: 'Coding' }],
};

const experience: Experience = {
  role: 'Test Engineer',
  department: 'software-development',
  level: 'junior',
  appliedVia: 'referral',
  rounds: 1,
  questions: [],
  story: 'A synthetic story.',
  date: '2026-03-01',
};
const license: ExportLicense = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/', notice: 'https://example.org/LICENSE.md' };

describe('a field added to the table', () => {
  it('is asked by the scaffold in the table order, with its flag, prompt and choices', () => {
    const questions = fieldQuestions(contentChoices, extended);
    expect(afterFormat(questions.map((question) => question.key))).toEqual(['teamSize', 'language']);
    expect(questions.find((question) => question.key === 'teamSize')).toEqual({
      key: 'teamSize',
      flag: 'team-size',
      prompt: teamSize.prompt,
      required: false,
    });
    expect(questions.find((question) => question.key === 'language')?.choices).toEqual([
      { value: 'en', label: 'English' },
      { value: 'nl', label: 'Dutch' },
    ]);
    expect(scaffoldOptions(extended)).toMatchObject({
      'team-size': { type: 'string', multiple: false },
      language: { type: 'string', multiple: false },
    });
  });

  it("is a heading of the issue form, in the table's order, read into an answer, its choice as its value", () => {
    expect(formLabels(extended)).toMatchObject({ teamSize: 'Size of the team', language: 'Language of the interviews' });
    expect(afterFormat(issueFormHeadings(extended), experienceFields.format.formLabel)).toEqual(['Size of the team', 'Language of the interviews']);
    expect(tableChoices(extended).language).toEqual([
      { value: 'en', label: 'English' },
      { value: 'nl', label: 'Dutch' },
    ]);
    const body = [
      '### Role',
      'QA',
      '### Interview format',
      'Remote',
      '### Size of the team',
      '12',
      '### Language of the interviews',
      'Dutch',
      '### Number of rounds',
      '1',
    ].join('\n\n');
    expect(issueSections(body, extended).get('Size of the team')).toBe('12');
    const context = { departments: contentChoices.departments, contentLicense: 'CC BY 4.0' };
    const { answers, problems } = answersFromIssue(body, 'issue.md', context, extended);
    expect(answers).toMatchObject({ teamSize: '12', language: 'nl', format: 'remote' });
    // Optional, so a form made before it was asked is still read; only the usual sections are missing.
    expect(problems.map((problem) => problem.field)).not.toContain('Size of the team');
    expect(problems.map((problem) => problem.field)).not.toContain('Language of the interviews');
    const dutch = answersFromIssue(body.replace('Dutch', 'Klingon'), 'issue.md', context, extended).problems;
    expect(dutch).toContainEqual({
      file: 'issue.md',
      field: 'Language of the interviews',
      message: '"Klingon" is not one of the options (English, Dutch); pick one of them in the form',
    });
  });

  it('becomes its value from what was typed, by the table alone', () => {
    expect(experienceFromAnswers({ role: 'QA', teamSize: ' 12 ', language: '2' }, [], extended)).toEqual({
      role: 'QA',
      teamSize: 12,
      language: 'nl',
    });
    expect(experienceFromAnswers({ teamSize: '' }, [], extended)).toEqual({});
  });

  it('is a key of the JSON record and a column of the CSV, in words, "Not reported" when left out', () => {
    const given = { ...experience, teamSize: 12, language: 'nl' } as Experience;
    const records = [given, experience].map((value, index) =>
      experienceRecord(`e${index}`, value, 'Software Development', 'https://example.org/', extended),
    );
    expect(records[0]).toMatchObject({ teamSize: 12, language: 'nl' });
    expect(records[1]).toMatchObject({ teamSize: null, language: null });
    expect(afterFormat(Object.keys(records[0]))).toEqual(['teamSize', 'language']);

    const header = csvHeader(extended);
    expect(afterFormat(header, experienceFields.format.csvColumn)).toEqual(['team size', 'language']);
    const [written, ...rows] = parseCsv(experiencesCsv(records, license, extended));
    expect(written).toEqual(header);
    const cell = (row: string[], column: string) => row[header.indexOf(column)];
    expect([cell(rows[0], 'team size'), cell(rows[0], 'language')]).toEqual(['12', 'Dutch']);
    expect([cell(rows[1], 'team size'), cell(rows[1], 'language')]).toEqual(['Not reported', 'Not reported']);
  });

  it('reaches the JSON Schema from the schema, with its description', () => {
    const schema = experienceSchema.extend({ teamSize: z.number().int().min(1).optional().describe('How many people are in the team.') });
    const properties = experienceJsonSchema({ departments: [], categories: [] }, schema).properties as Record<string, { description?: string }>;
    expect(properties.teamSize.description).toBe('How many people are in the team.');
  });

  it('leaves the real table as it was', () => {
    expect(experienceKeys).not.toContain('teamSize');
    expect(csvHeader()).not.toContain('team size');
  });
});
