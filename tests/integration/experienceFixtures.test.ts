import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/contentProblems';
import { checkExperienceFile } from '../../src/lib/experienceChecks';
import { checkContent, listContentProblems } from '../../src/loaders/checkContent';
import { knownIds } from '../../src/loaders/dataFileChecks';
import { asContent, contentFolder, fixturesRoot, realContent } from '../support/contentFolders';

/**
 * The fixture corpus: each file (or folder of files) in `tests/fixtures/experiences/bad/` is one kind of
 * problem, checked on its own next to the real data files. Its messages are pinned in
 * `tests/fixtures/experiences/bad-expected/<fixture>.txt`; the table below says, independently of that
 * snapshot, which field each fixture must be refused for and with what words.
 */
const bad = join(fixturesRoot, 'experiences/bad');
const good = join(fixturesRoot, 'experiences/good');

const refusals: Record<string, [field: string | undefined, words: string]> = {
  'yaml-syntax.yaml': [undefined, 'YAML syntax:'],
  'missing-field.yaml': ['story', 'is required but missing'],
  'wrong-type.yaml': ['rounds', 'expected a whole number from 1 to 15, found "three"'],
  'unknown-enum.yaml': ['level', 'found "wizard"'],
  'unknown-field.yaml': [undefined, 'unknown field "salary"'],
  'bad-date.yaml': ['date', 'written as YYYY-MM-DD'],
  'rounds-out-of-range.yaml': ['rounds', 'found 20'],
  'timeline-mismatch.yaml': ['timeline', 'lists 2 rounds but rounds is 3'],
  'unknown-department.yaml': ['department', '"engineering" is not a department id'],
  'unknown-category.yaml': ['questions[0].category', '"algorithms" is not a question category id'],
  'email-address.yaml': ['story', 'contains an e-mail address'],
  'phone-number.yaml': ['advice', 'looks like a phone number'],
  'linkedin-profile.yaml': ['story', 'links to a LinkedIn profile'],
  'github-profile.yaml': ['name', 'links to a GitHub profile'],
  'social-profile.yaml': ['advice', 'links to an X (Twitter) profile'],
  'raw-html.yaml': ['story', 'raw HTML tag "<b>"'],
  'script-tag.yaml': ['questions[0].text', '<script> tag'],
  'event-handler.yaml': ['timeline[0].notes', 'event-handler attribute "onmouseover="'],
  'javascript-link.yaml': ['story', 'javascript: (or vbscript:) link'],
  'data-link.yaml': ['story', 'data: URL'],
  'mdx-import.yaml': ['story', '"import Chart from", which is MDX code'],
  'mdx-expression.yaml': ['story', '"{props.salary}", which MDX would run as code'],
  'jsx-component.yaml': ['story', '"<Callout", which is MDX/JSX component syntax'],
  'html-comment.yaml': ['story', 'HTML comment'],
  'over-long-field.yaml': ['role', 'must be at most 100 characters'],
  'empty-file.yaml': [undefined, 'expected a group of fields, found an empty value'],
  'tab-indentation.yaml': [undefined, 'YAML indentation must use spaces, not tabs'],
  'markdown-file.md': [undefined, 'a .md file cannot be an experience'],
  'mdx-file.mdx': [undefined, 'a .mdx file cannot be an experience'],
  'json-file.json': [undefined, 'JSON files are not read here'],
  'yml-extension.yml': [undefined, 'rename it to yml-extension.yaml'],
  'Test Engineer Experience.yaml': [undefined, 'rename it to test-engineer-experience.yaml'],
  'oversized.yaml': [undefined, 'an experience file may be at most 64 KB'],
  'utf16.yaml': [undefined, 'saved as UTF-16; save it as UTF-8'],
  'not-utf8.yaml': [undefined, 'not valid UTF-8'],
  duplicate: [undefined, 'looks like a duplicate of content/experiences/2026-03-01-test-engineer-1.yaml (the same role, date and questions)'],
  'same-address': [undefined, 'would have the same page address (/experiences/2026-03-01-test-engineer-1/)'],
  'in-a-folder': [undefined, 'folders inside content/experiences/ are not read'],
};

const badFixtures = readdirSync(bad).sort();

describe('bad experience fixtures', () => {
  it('cover every kind of problem, at least 25, each with its expected refusal', () => {
    expect(badFixtures.length).toBeGreaterThanOrEqual(25);
    expect(badFixtures).toEqual(Object.keys(refusals).sort());
  });

  it.each(badFixtures)('%s is refused with its named error', async (fixture) => {
    const dir = contentFolder(`bad-${fixture.replace(/\W+/g, '-')}`, [join(bad, fixture)]);
    const problems = listContentProblems(dir);
    const lines = problems.map((problem) => asContent(formatProblem(problem), dir));
    const [field, words] = refusals[fixture];
    expect(lines.length, 'refused at all').toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^content\/experiences\/\S/);
    expect(
      problems.some((problem) => problem.field === field && asContent(problem.message, dir).includes(words)),
      `expected ${field ?? '(no field)'}: …${words}… in\n${lines.join('\n')}`,
    ).toBe(true);
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(join(fixturesRoot, 'experiences/bad-expected', `${fixture}.txt`));
  });
});

describe('good experience fixtures', () => {
  const goodFixtures = readdirSync(good).sort();

  it.each(goodFixtures)('%s passes every check', (fixture) => {
    const dir = contentFolder(`good-${fixture.replace(/\W+/g, '-')}`, [join(good, fixture)]);
    expect(listContentProblems(dir).map(formatProblem)).toEqual([]);
  });

  it('pass together, next to the shipped experiences, and are read exactly as written', () => {
    const dir = contentFolder(
      'good-all',
      goodFixtures.map((fixture) => join(good, fixture)),
      { withRealExperiences: true },
    );
    const report = checkContent(dir);
    expect(report.problems.map(formatProblem)).toEqual([]);
    const byFile = new Map(report.experiences.map(({ file, data }) => [file.split('/').pop(), data]));
    expect(byFile.get('bom.yaml')?.role).toBe('Test Architect');
    expect(byFile.get('crlf.yaml')?.story).toBe('Saved on Windows.\nEvery line ends in CR LF.');
    expect(byFile.get('tab-inside-text.yaml')?.story).toContain('\tround\tminutes\n\tphone\t30');
    expect(byFile.get('unicode-rtl.yaml')?.name).toBe('Test Candidate — مريم כהן 👩🏽‍💻');
    expect(byFile.get('anonymous.yaml')?.name).toBeUndefined();
    expect(byFile.get('code-in-backticks.yaml')?.questions[0].text).toBe('Implement `Map<String, List<Integer>>` grouping.');
  });
});

describe('experiences the validation has read', () => {
  it('are handed to the build as read: one entry per accepted file, with the data its own check produced', () => {
    const dir = contentFolder(
      'reuse-good',
      readdirSync(good).map((fixture) => join(good, fixture)),
    );
    const folder = join(dir, 'experiences');
    const report = checkContent(dir);
    const files = readdirSync(folder).sort();
    expect([...report.readable.keys()].map((path) => path.split('/').pop()).sort()).toEqual(files);
    for (const name of files) {
      const alone = checkExperienceFile(name, readFileSync(join(folder, name)), knownIds(dir));
      expect(alone.problems).toEqual([]);
      expect(report.readable.get(join(folder, name))).toEqual(alone.data);
    }
  });

  it('include files refused only for privacy or safety (for ALLOW_UNSAFE_CONTENT builds), never files with wrong fields', () => {
    const dir = contentFolder(
      'reuse-bad',
      ['script-tag.yaml', 'email-address.yaml', 'wrong-type.yaml', 'unknown-department.yaml'].map((fixture) => join(bad, fixture)),
    );
    const report = checkContent(dir);
    const names = (paths: Iterable<string>) => [...paths].map((path) => path.split('/').pop()).sort();
    expect(names(report.readable.keys())).toEqual(['email-address.yaml', 'script-tag.yaml']);
    expect(report.experiences).toEqual([]);
  });
});

describe('shipped content', () => {
  it('passes the validation with no problem at all', () => {
    expect(listContentProblems(realContent).map(formatProblem)).toEqual([]);
  });
});
