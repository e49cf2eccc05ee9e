import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scaffoldFlags } from '../../scripts/lib/experienceFields';
import { experienceChoices } from '../../src/lib/experienceChoices';
import { experienceCsvHeader, experienceRecord } from '../../src/lib/experienceExport';
import { experienceFields, experienceKeys } from '../../src/lib/experienceFields';
import { issueFormConsent } from '../../src/lib/issueForm';
import { experienceSchema, type Experience } from '../../src/schemas/experience';
import { projectRoot } from '../support/astroBuild';
import { contentFolder, runScript } from '../support/contentFolders';

/**
 * The table of fields (`src/lib/experienceFields.ts`) is the one list of an experience's fields. What is
 * derived from it is checked on a hypothetical field in tests/unit/experienceFields.test.ts; here every field
 * of the real table is held against the places that are written by hand or generated: the schema, the issue
 * form, the JSON Schema editors use, the scaffold as it runs, and the exports.
 */

const read = (path: string) => readFileSync(resolve(projectRoot, path), 'utf8');

interface FormElement {
  type: string;
  attributes: { label?: string; description?: string; options?: unknown[] };
  validations?: { required?: boolean };
}
const form = (parse(read('.github/ISSUE_TEMPLATE/share-experience.yml')) as { body: FormElement[] }).body.filter(
  (element) => element.type !== 'markdown',
);
const jsonSchema = JSON.parse(read('public/schemas/experience.schema.json')) as {
  properties: Record<string, { description?: string; type?: string }>;
  required: string[];
};

describe('the table of fields', () => {
  it('has exactly the fields of the schema, each required as the schema says', () => {
    expect([...experienceKeys].sort()).toEqual(Object.keys(experienceSchema.shape).sort());
    for (const key of experienceKeys) expect(experienceFields[key].required, key).toBe(!experienceSchema.shape[key].isOptional());
  });

  it('asks one item per line exactly for the fields the schema holds as lists', () => {
    for (const key of experienceKeys) expect(experienceFields[key].lines === 'list', key).toBe(jsonSchema.properties[key]?.type === 'array');
  });

  it('gives each field its own label, form label, flag and CSV column', () => {
    for (const part of ['label', 'formLabel', 'flag', 'csvColumn'] as const) {
      const values = experienceKeys.map((key) => experienceFields[key][part]);
      expect(new Set(values).size, part).toBe(values.length);
    }
  });
});

describe('every field of the table', () => {
  it("is a field of the issue form under its form label, in the table's order, required as the table says", () => {
    expect(form.map((element) => element.attributes.label)).toEqual([
      ...experienceKeys.map((key) => experienceFields[key].formLabel),
      issueFormConsent.label,
    ]);
    for (const [index, key] of experienceKeys.entries()) {
      const element = form[index];
      expect(element.validations?.required ?? false, key).toBe(experienceFields[key].required);
      // An optional field says so, or says how to leave it out, so nobody feels they must answer it.
      if (!experienceFields[key].required && element.type !== 'dropdown') expect(element.attributes.description, key).toMatch(/^Optional\./);
      if (element.type !== 'dropdown' && element.type !== 'checkboxes') expect(element.attributes.description?.trim(), key).toBeTruthy();
    }
  });

  it('with choices is a dropdown of their words; a list is a text area', () => {
    for (const [index, key] of experienceKeys.entries()) {
      const choices = experienceChoices[key];
      if (choices) expect(form[index].attributes.options, key).toEqual(choices.map((choice) => choice.label));
      if (experienceFields[key].lines) expect(form[index].type, key).toBe('textarea');
    }
  });

  it('is a property of the JSON Schema, with a description, required alike', () => {
    for (const key of experienceKeys) {
      expect(jsonSchema.properties[key]?.description?.trim(), key).toBeTruthy();
      expect(jsonSchema.required.includes(key), key).toBe(experienceFields[key].required);
    }
  });

  it('has a flag of the scaffold, listed by --help, apart from its own flags', { timeout: 60_000 }, () => {
    const run = runScript('scripts/new-experience.ts', ['--help', '--content-dir', contentFolder('field-coverage-help')]);
    expect(run.status, run.output).toBe(0);
    for (const key of experienceKeys) {
      const { flag } = experienceFields[key];
      expect(run.stdout, key).toMatch(new RegExp(`^  --${flag}\\s`, 'm'));
      expect(Object.keys(scaffoldFlags), key).not.toContain(flag);
    }
  });

  it('is a column of the CSV export and a key of the JSON record', () => {
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
    const record = experienceRecord('x', experience, 'Software Development', 'https://example.org/experiences/x/');
    for (const key of experienceKeys) {
      expect(experienceCsvHeader, key).toContain(experienceFields[key].csvColumn);
      expect(record, key).toHaveProperty(key);
    }
    expect([experienceCsvHeader[0], experienceCsvHeader[1], experienceCsvHeader.at(-1)]).toEqual(['id', 'url', 'license']);
  });
});
