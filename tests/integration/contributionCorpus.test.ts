import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync, cpSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/contentProblems';
import { checkContent } from '../../src/loaders/checkContent';
import { asContent, contentFolder, fixturesRoot, runScript } from '../support/contentFolders';

/**
 * The hostile corpus: files a contributor with bad intent (or a broken editor) might send, each with the
 * outcome it must get. `tests/fixtures/contributions/expected.json` names every file: refused ones with
 * the field and words of the message, accepted ones (prose that only looks dangerous) with nothing. Files
 * that git cannot carry (links, a pipe, a folder, control characters in a name) are made by the tests.
 */
const corpus = join(fixturesRoot, 'contributions');
const expected = JSON.parse(readFileSync(join(corpus, 'expected.json'), 'utf8')) as { file: string; field?: string; words?: string }[];
const refused = expected.filter((entry) => entry.file.startsWith('refused/'));
const accepted = expected.filter((entry) => entry.file.startsWith('accepted/'));

/** The problems of a content folder holding just one experience file, as `content/…` paths. */
function checkOne(file: string) {
  const dir = contentFolder(`corpus-${file.replace(/\W+/g, '-')}`, [join(corpus, file)]);
  const problems = checkContent(dir).problems;
  return { problems, lines: problems.map((problem) => asContent(formatProblem(problem), dir)), dir };
}

describe('the hostile corpus', () => {
  it('has at least 80 files, every one of them listed with its outcome', () => {
    const files = ['refused', 'accepted'].flatMap((folder) => readdirSync(join(corpus, folder)).map((name) => `${folder}/${name}`));
    expect(files.length).toBeGreaterThanOrEqual(80);
    expect(files.sort()).toEqual(expected.map((entry) => entry.file).sort());
  });

  it.each(refused)('refuses $file, naming the file, the line and what is wrong', ({ file, field, words }) => {
    const { problems, lines } = checkOne(file);
    const name = file.split('/').pop()!;
    expect(problems.length, 'refused at all').toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(new RegExp(`^content/experiences/${name.replace(/\./g, '\\.')}:\\d+(:\\d+)?[: ]`));
    expect(
      problems.some((problem) => (field === undefined || problem.field === field) && problem.message.includes(words ?? '')),
      `expected ${field ?? '(any field)'}: …${words ?? ''}… in\n${lines.join('\n')}`,
    ).toBe(true);
    // Nothing the file carries reaches a terminal raw.
    for (const line of lines) expect(line).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Zl}\p{Zp}]/u);
  });

  it.each(accepted)('accepts $file', ({ file }) => {
    expect(checkOne(file).lines).toEqual([]);
  });
});

describe('files that are not regular files, made here since git cannot carry them', () => {
  const minimal = join(fixturesRoot, 'experiences/good/minimal.yaml');
  const cases: [name: string, make: (path: string) => void, words: string][] = [
    ['link-to-passwd.yaml', (path) => symlinkSync('/etc/passwd', path), 'is a symbolic link'],
    ['link-to-folder.yaml', (path) => symlinkSync('/tmp', path), 'is a symbolic link'],
    ['link-dangling.yaml', (path) => symlinkSync('nowhere.yaml', path), 'is a symbolic link'],
    ['link-to-device.yaml', (path) => symlinkSync('/dev/zero', path), 'is a symbolic link'],
    ['link-to-repo-file.yaml', (path) => symlinkSync(minimal, path), 'is a symbolic link'],
    ['folder.yaml', (path) => mkdirSync(path), 'folders inside content/experiences/ are not read'],
    ['pipe.yaml', (path) => spawnSync('mkfifo', [path]), 'is not an ordinary file'],
    ['name-with-\u001b[2K-escape.yaml', (path) => cpSync(minimal, path), 'the file name becomes the page address'],
  ];

  it.each(cases)('%s is refused with a clear message, quoting nothing outside the repository', (name, make, words) => {
    const dir = contentFolder(`special-${name.replace(/\W+/g, '-')}`);
    make(join(dir, 'experiences', name));
    const lines = checkContent(dir).problems.map(formatProblem);
    expect(lines.join('\n')).toContain(words);
    expect(lines.join('\n')).not.toContain('root:');
    expect(lines.join('\n')).not.toContain('\u001b');
    expect(lines.length).toBe(1);
  });

  it('a link in place of a data file is refused too, and the rest still checked', () => {
    const dir = contentFolder('special-data-link');
    const company = join(dir, 'company.yaml');
    writeFileSync(join(dir, 'company.copy'), readFileSync(company));
    spawnSync('rm', [company]);
    symlinkSync('/etc/passwd', company);
    cpSync(join(corpus, 'refused/date-in-future.yaml'), join(dir, 'experiences/date-in-future.yaml'));
    const lines = checkContent(dir).problems.map(formatProblem).join('\n');
    expect(lines).toContain('company.yaml: is a symbolic link');
    expect(lines).toContain('date-in-future.yaml');
    expect(lines).not.toContain('root:');
  });
});

describe('npm run validate over the whole corpus at once', () => {
  it('names every refused file, prints no stack trace and nothing raw, and exits 1', () => {
    const dir = contentFolder('corpus-all', [join(corpus, 'refused'), join(corpus, 'accepted')]);
    const { status, stdout, stderr } = runScript('scripts/validate.ts', ['--content-dir', dir]);
    expect(status).toBe(1);
    for (const { file } of refused) expect(stderr, file).toContain(`/experiences/${file.split('/').pop()}:`);
    for (const { file } of accepted) expect(stderr, file).not.toContain(`/experiences/${file.split('/').pop()}`);
    expect(`${stdout}${stderr}`).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
    // Only newlines: no control, C1 or bidi-override character from the corpus reaches the terminal.
    expect(`${stdout}${stderr}`).not.toMatch(/[^\n\P{Cc}]|[\u202a-\u202e]/u);
    expect(stdout).not.toContain('Content OK');
  });
});
