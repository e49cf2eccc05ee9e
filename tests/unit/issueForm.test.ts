import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersFromIssue, issueFormConsent, issueFormLabels, issueSections } from '../../src/lib/issueForm';
import { readChoices, readCompany } from '../../src/loaders/dataFileChecks';
import { fixturesRoot, realContent } from '../support/contentFolders';

/** Reading an issue form's body into its sections and answers, without running the importer (see contributionScripts.test.ts). */

const fixture = (name: string) => readFileSync(join(fixturesRoot, 'issues', name), 'utf8');
const allHeadings = [...Object.values(issueFormLabels), issueFormConsent.label];

describe('issueSections', () => {
  it('finds every field of a submitted form, an empty answer as an empty string', () => {
    const sections = issueSections(fixture('share-experience.md'));
    expect([...sections.keys()]).toEqual(allHeadings);
    expect(sections.get(issueFormLabels.result)).toBe('');
    expect(sections.get(issueFormLabels.role)).toBe('Test Engineer');
  });

  it('keeps a story with its own ### headings whole, even one named like an earlier field', () => {
    const sections = issueSections(fixture('story-with-headings.md'));
    expect([...sections.keys()]).toEqual(allHeadings);
    const story = sections.get(issueFormLabels.story);
    expect(story).toMatch(/^A synthetic issue body whose story has headings/);
    for (const line of ['### The phone screen', '#### What I would do again', '### Role', '###Not a heading without its space']) {
      expect(story?.split('\n')).toContain(line);
    }
    expect(story).toMatch(/The end of the story\.$/);
    expect(sections.get(issueFormLabels.role)).toBe('Test Lead');
    expect(sections.get(issueFormLabels.name)).toBe('Test Candidate');
  });

  it("splits only at the form's headings: any other ### line stays inside the answer", () => {
    const body = '### Role\n\nQA\n\n### Notes\n\nnot a field\n\n### Department\n\nSoftware Development';
    expect(Object.fromEntries(issueSections(body))).toEqual({ Role: 'QA\n\n### Notes\n\nnot a field', Department: 'Software Development' });
  });

  it('reads a body that starts with a byte-order mark and has Windows or old Mac line endings', () => {
    const bom = fixture('bom.md');
    // The fixture must keep its BOM and CR LF line ends, or this test proves nothing.
    expect(bom.startsWith('\uFEFF### Role\r\n')).toBe(true);
    const sections = issueSections(bom);
    expect([...sections.keys()]).toEqual(allHeadings);
    expect(sections.get(issueFormLabels.role)).toBe('Test Analyst');
    expect(sections.get(issueFormLabels.story)).not.toContain('\r');
    expect(Object.fromEntries(issueSections('\uFEFF### Role\rQA\r### Level\rSenior'))).toEqual({ Role: 'QA', Level: 'Senior' });
  });
});

describe('answersFromIssue: the checklist', () => {
  const contentLicense = readCompany(realContent)!.contentLicense.name;
  const context = {
    departments: readChoices(realContent).departments.map((department) => ({ value: department.id, label: department.name })),
    contentLicense,
  };
  const licenceBox = issueFormConsent.options(contentLicense).at(-1)!;
  const consentProblems = (body: string) =>
    answersFromIssue(body, 'issue.md', context).problems.filter((problem) => problem.field === issueFormConsent.label);

  it('has a last box that grants the content licence named in content', () => {
    expect(licenceBox).toContain(contentLicense);
    expect(licenceBox).toMatch(/^It may be published under /);
  });

  it('accepts a form with every box ticked, the licence included', () => {
    for (const name of ['share-experience.md', 'story-with-headings.md', 'bom.md', 'old-form.md', 'offer-negotiated.md']) {
      expect(answersFromIssue(fixture(name), name, context).problems, name).toEqual([]);
    }
  });

  it('refuses a form whose licence box is not ticked, and says which box and why', () => {
    const problems = consentProblems(fixture('no-licence.md'));
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain(`the box "${licenceBox}" is not ticked`);
    expect(problems[0].message).toContain(`under ${contentLicense}`);
    // Nothing else is wrong with that form: the licence box alone stops it.
    expect(answersFromIssue(fixture('no-licence.md'), 'issue.md', context).problems).toEqual(problems);
  });

  it('refuses a form without the licence box at all, as one made with the form before it asked', () => {
    const body = fixture('share-experience.md').replace(/^- \[X\] It may be published under .*\n/m, '');
    expect(body).not.toContain(licenceBox);
    expect(consentProblems(body).map((problem) => problem.message)).toEqual([expect.stringContaining(`"${licenceBox}" is not ticked`)]);
  });

  it('reads the licence box against the licence content names, not a fixed one', () => {
    const problems = answersFromIssue(fixture('share-experience.md'), 'issue.md', { ...context, contentLicense: 'Another Licence 1.0' }).problems;
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('"It may be published under Another Licence 1.0, the licence of all content in this guide" is not ticked'),
    ]);
  });
});

describe('answersFromIssue: the fields', () => {
  const context = {
    departments: readChoices(realContent).departments.map((department) => ({ value: department.id, label: department.name })),
    contentLicense: readCompany(realContent)!.contentLicense.name,
  };
  const answers = (body: string) => answersFromIssue(body, 'issue.md', context);

  it('reads the newer fields: dropdown words as values, the other answers as typed', () => {
    expect(answers(fixture('share-experience.md')).answers).toMatchObject({
      sentiment: 'positive',
      duration: '3 weeks',
      location: 'Amsterdam, Netherlands',
      format: 'mixed',
    });
    expect(answers(fixture('share-experience.md')).answers).not.toHaveProperty('offer');
    expect(answers(fixture('offer-negotiated.md')).answers).toMatchObject({
      result: 'offer-accepted',
      offer: 'yes',
      location: 'Remote',
      format: 'remote',
    });
  });

  it('reads an issue made with an older form, without the sections of optional fields it did not ask yet', () => {
    const old = fixture('old-form.md');
    for (const key of ['offer', 'sentiment', 'duration', 'location', 'format'] as const) expect(old).not.toContain(`### ${issueFormLabels[key]}\n`);
    const read = answers(old);
    expect(read.problems).toEqual([]);
    expect(read.answers).toMatchObject({ role: 'Test Developer', rounds: '2' });
  });

  it('still refuses a body without the section of a required field, naming it', () => {
    const body = fixture('share-experience.md').replace(/### Number of rounds\n\n2\n\n/, '');
    expect(answers(body).problems).toEqual([
      {
        file: 'issue.md',
        field: 'Number of rounds',
        message: expect.stringContaining(
          'the issue has no "### Number of rounds" section; was it made with the "Share your interview experience" form?',
        ),
      },
    ]);
  });

  it('says at once when an answer breaks a rule between fields, as the schema would once the rest is right', () => {
    const body = fixture('share-experience.md').replace(/(### Did you negotiate the offer\?\n\n)_No response_/, '$1Yes');
    expect(answers(body).problems).toEqual([
      {
        file: 'issue.md',
        field: 'Did you negotiate the offer?',
        message: 'says how an offer went, but result is not given; set result to offer-accepted, offer-declined, offer, or leave offer out',
      },
    ]);
  });
});
