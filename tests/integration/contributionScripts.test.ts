import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatProblem } from '../../src/lib/contentProblems';
import { experienceSchemaComment } from '../../src/lib/experienceFile';
import { listContentProblems } from '../../src/loaders/checkContent';
import { experienceSchema } from '../../src/schemas/experience';
import { asContent, contentFolder, fixturesRoot, runScript } from '../support/contentFolders';

/** The contributor's commands, run as `npm run …` runs them, against temporary copies of content/. */

const newFiles = (dir: string, before: string[]) => readdirSync(join(dir, 'experiences')).filter((name) => !before.includes(name));

/** Writes an experience by hand, its questions' texts on lines 7, 8, 9…, at column 11. */
function writeExperienceFile(dir: string, name: string, questions: string[]) {
  const yaml = [
    'role: Test Engineer',
    'department: software-development',
    'level: mid-level',
    'appliedVia: referral',
    'rounds: 1',
    'questions:',
    ...questions.map((text) => `  - text: ${text}`),
    'story: A synthetic story written by the notice test.',
    `date: ${name.slice(0, 10)}`,
  ];
  writeFileSync(join(dir, 'experiences', `${name}.yaml`), `${yaml.join('\n')}\n`);
}
const slow = { timeout: 60_000 };

describe('npm run validate', () => {
  it('passes the shipped content with one summary line', slow, () => {
    const run = runScript('scripts/validate.ts', []);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^Content OK: 12 data files, \d+ question notes, \d+ guide sections and \d+ experiences checked\.$/);
  });

  it('prints every problem of every file, sorted, then exits 1', slow, () => {
    const bad = join(fixturesRoot, 'experiences/bad');
    const dir = contentFolder('validate-cli', [join(bad, 'wrong-type.yaml'), join(bad, 'email-address.yaml'), join(bad, 'markdown-file.md')], {
      withRealExperiences: true,
    });
    const run = runScript('scripts/validate.ts', ['--content-dir', dir]);
    expect(run.status).toBe(1);
    const lines = asContent(run.stderr, dir).trim().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      expect.stringMatching(/^content\/experiences\/email-address\.yaml:12:18 story: contains an e-mail address/),
      expect.stringMatching(/^content\/experiences\/markdown-file\.md: a \.md file cannot be an experience/),
      'content/experiences/wrong-type.yaml:6:9 rounds: expected a whole number from 1 to 15, found "three"',
    ]);
    expect(lines.at(-1)).toMatch(/^3 problems in 3 files \(checked .*\)\. Fix them and run npm run validate again/);
  });

  it('notices a question that looks like one another file reports, with its wording, and still passes', slow, () => {
    const dir = contentFolder('validate-notices', [], { withRealExperiences: true });
    writeExperienceFile(dir, '2026-03-05-test-engineer-1', ['Reverse a linked list', 'What would you test first in a payments form?']);
    const run = runScript('scripts/validate.ts', ['--content-dir', dir]);
    expect(run.status, run.output).toBe(0);
    const lines = asContent(run.stdout, dir).trim().split('\n');
    // The new file's reworded question, on the line of its text; the unrelated one says nothing. The older file
    // is told too: without it, the new wording would be the one the site shows.
    expect(lines.filter((line) => line.startsWith('content/'))).toEqual([
      'content/experiences/2026-02-21-software-engineer-1.yaml:19:11 questions[2].text: looks like “Reverse a linked list” (reported once, /questions/write-a-function-to-reverse-a-linked-list/); the site merges them — use that wording if you mean the same question',
      'content/experiences/2026-03-05-test-engineer-1.yaml:7:11 questions[0].text: looks like “Write a function to reverse a linked list.” (reported once, /questions/write-a-function-to-reverse-a-linked-list/); the site merges them — use that wording if you mean the same question',
    ]);
    expect(lines).toContain(
      '2 questions look like a question another file reports: a notice, not an error. If you mean the same question, use the other wording (CONTRIBUTING.md, "Questions that look like others").',
    );
    expect(lines.at(-1)).toMatch(/^Content OK: \d+ data files, \d+ question notes, \d+ guide sections and 6 experiences checked\.$/);
    expect(run.stderr).toBe('');
  });

  it('prints at most five notices of one file, says how many more there are, and all of them with --all-notices', slow, () => {
    const dir = contentFolder('validate-notices-limit', [], { withRealExperiences: true });
    const reworded = [
      'Reverse a linked list',
      'How do you ensure code quality?',
      'What is the difference between SOAP and REST APIs?',
      'What experience do you have with CRM tools?',
      'How did you improve customer retention?',
      'How would you prioritize features of a product?',
    ];
    writeExperienceFile(dir, '2026-03-05-test-engineer-1', reworded);
    const file = 'content/experiences/2026-03-05-test-engineer-1.yaml';
    const limited = runScript('scripts/validate.ts', ['--content-dir', dir]);
    expect(limited.status, limited.output).toBe(0);
    const shown = asContent(limited.stdout, dir).split('\n');
    // Six questions of the new file and the six of the older files they reword: five of the new file are shown.
    expect(shown.filter((line) => line.startsWith(`${file}:`))).toHaveLength(5);
    expect(shown.filter((line) => line.startsWith('content/'))).toHaveLength(11);
    expect(asContent(limited.stdout, dir)).toContain(
      '12 questions look like a question another file reports: a notice, not an error. If you mean the same question, use the other wording (CONTRIBUTING.md, "Questions that look like others"). 1 more in 1 file are not shown; npm run validate -- --all-notices prints them all.',
    );
    const all = runScript('scripts/validate.ts', ['--content-dir', dir, '--all-notices']);
    expect(all.status, all.output).toBe(0);
    expect(
      asContent(all.stdout, dir)
        .split('\n')
        .filter((line) => line.startsWith(`${file}:`)),
    ).toHaveLength(6);
    expect(all.stdout).not.toContain('--all-notices prints them all');
  });
});

describe('npm run new:experience', () => {
  const flags = [
    '--role',
    'Test Engineer',
    '--department',
    'software-development',
    '--level',
    'Mid-level',
    '--applied-via',
    'referral',
    '--rounds',
    '2',
  ];
  const story = ['--story', 'A synthetic story written by the scaffold test.\n\nIt has two paragraphs.', '--date', '2026-03-01'];

  it('writes a file that validates, from flags alone, and never overwrites one', slow, () => {
    const dir = contentFolder('scaffold-flags', [], { withRealExperiences: true });
    const before = readdirSync(join(dir, 'experiences'));
    const first = runScript('scripts/new-experience.ts', [
      ...flags,
      ...story,
      '--question',
      'coding: Reverse a linked list',
      '--question',
      'Why this team?',
      '--round',
      'Phone screen - 30 minutes',
      '--round',
      'Onsite',
      '--result',
      'Offer accepted',
      '--negotiated',
      'yes',
      '--sentiment',
      'positive',
      '--duration',
      '3 weeks',
      '--location',
      'Remote',
      '--format',
      '2',
      '--anonymous',
      '--content-dir',
      dir,
    ]);
    expect(first.status, first.output).toBe(0);
    expect(newFiles(dir, before)).toEqual(['2026-03-01-test-engineer-1.yaml']);
    const path = join(dir, 'experiences/2026-03-01-test-engineer-1.yaml');
    const text = readFileSync(path, 'utf8');
    expect(text.split('\n')[0]).toBe(experienceSchemaComment);
    expect(parse(text)).toEqual({
      role: 'Test Engineer',
      department: 'software-development',
      level: 'mid-level',
      appliedVia: 'referral',
      result: 'offer-accepted',
      offer: { negotiated: true },
      sentiment: 'positive',
      duration: 21,
      location: 'remote',
      format: 'on-site',
      rounds: 2,
      timeline: [{ name: 'Phone screen', notes: '30 minutes' }, { name: 'Onsite' }],
      questions: [{ text: 'Reverse a linked list', category: 'coding' }, { text: 'Why this team?' }],
      story: 'A synthetic story written by the scaffold test.\n\nIt has two paragraphs.',
      date: '2026-03-01',
    });
    // The fields in the schema's order, whatever order the flags came in.
    expect(Object.keys(parse(text))).toEqual(Object.keys(experienceSchema.shape).filter((key) => key in parse(text)));
    expect(asContent(first.stdout, dir)).toContain('Wrote content/experiences/2026-03-01-test-engineer-1.yaml; it passes every check.');
    expect(first.stdout).toContain('/experiences/2026-03-01-test-engineer-1/');
    expect(listContentProblems(dir).map(formatProblem)).toEqual([]);

    // The same role on the same day gets the next number; the first file is left exactly as it was.
    const second = runScript('scripts/new-experience.ts', [
      ...flags,
      '--story',
      'Another synthetic story.',
      '--date',
      '2026-03-01',
      '--content-dir',
      dir,
    ]);
    expect(second.status, second.output).toBe(0);
    expect(newFiles(dir, before).sort()).toEqual(['2026-03-01-test-engineer-1.yaml', '2026-03-01-test-engineer-2.yaml']);
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(listContentProblems(dir).map(formatProblem)).toEqual([]);
  });

  it('refuses what validation refuses, writes nothing and says why', slow, () => {
    const dir = contentFolder('scaffold-refused');
    const run = runScript('scripts/new-experience.ts', [
      ...flags,
      '--story',
      'Write to test.candidate@example.com',
      '--date',
      '2026-03-01',
      '--department',
      'engineering',
      '--content-dir',
      dir,
    ]);
    expect(run.status).toBe(1);
    expect(readdirSync(join(dir, 'experiences'))).toEqual([]);
    const text = asContent(run.stderr, dir);
    expect(text).toContain('Nothing was written');
    expect(text).toContain('content/experiences/2026-03-01-test-engineer-1.yaml:3:13 department: "engineering" is not a department id');
    expect(text).toMatch(/story: contains an e-mail address/);
  });

  it('refuses a likely duplicate of an existing experience, and leaves nothing behind', slow, () => {
    const dir = contentFolder('scaffold-duplicate');
    const args = [...flags, ...story, '--question', 'Why this team?', '--content-dir', dir];
    expect(runScript('scripts/new-experience.ts', args).status).toBe(0);
    const again = runScript('scripts/new-experience.ts', args);
    expect(again.status).toBe(1);
    expect(asContent(again.stderr, dir)).toContain(
      'content/experiences/2026-03-01-test-engineer-2.yaml: looks like a duplicate of content/experiences/2026-03-01-test-engineer-1.yaml',
    );
    expect(readdirSync(join(dir, 'experiences'))).toEqual(['2026-03-01-test-engineer-1.yaml']);
  });

  it('with --yes, names the required flags that are missing', slow, () => {
    const run = runScript('scripts/new-experience.ts', ['--yes', '--role', 'QA', '--content-dir', contentFolder('scaffold-yes')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Missing required flags: --department, --level, --applied-via, --rounds, --story');
  });

  it('asks for every field, lists the allowed values, asks again after a wrong answer, and writes the file', slow, () => {
    const dir = contentFolder('scaffold-prompts');
    const answers = [
      'Test Analyst', // role
      '9', // department: not in the list, asked again
      'Data and Analytics',
      'graduate',
      '6', // applied via: campus
      '', // difficulty: skipped
      'rejected',
      'yes', // negotiated an offer: refused, as the result was no offer
      '', // so skipped
      '2', // overall experience: neutral
      'a while', // how long: asked again
      '3 weeks',
      'Utrecht, Netherlands', // location
      'On-site', // format
      'three', // rounds: asked again
      '1',
      'Case study - 45 minutes', // timeline
      '',
      'technical: What is a join?', // questions
      'Call me on +31 20 123 4567', // refused: the whole list is asked again
      '',
      'technical: What is a join?',
      '',
      'Practise SQL.',
      'A synthetic story typed at the prompts.',
      '',
      'Second paragraph.',
      '.',
      'Test Candidate',
      '2026-03-02',
    ];
    const run = runScript('scripts/new-experience.ts', ['--content-dir', dir], `${answers.join('\n')}\n`);
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toContain('data-analytics  (Data and Analytics)');
    expect(run.stdout).toContain('company-website  (Company website)');
    expect(run.stdout).toContain('"9" is not one of the departments listed');
    expect(run.stdout).toContain('expected a whole number from 1 to 15, found "three"');
    expect(run.stdout).toContain('looks like a phone number');
    expect(run.stdout).toContain('offer: says how an offer went, but result is "rejected"');
    expect(run.stdout).toContain('expected a whole number of days from 1 to 730, like 21 for 3 weeks, found "a while"');
    const data = parse(readFileSync(join(dir, 'experiences/2026-03-02-test-analyst-1.yaml'), 'utf8'));
    expect(data).toEqual({
      role: 'Test Analyst',
      department: 'data-analytics',
      level: 'graduate',
      name: 'Test Candidate',
      appliedVia: 'campus',
      result: 'rejected',
      sentiment: 'neutral',
      duration: 21,
      location: { country: 'Netherlands', city: 'Utrecht' },
      format: 'on-site',
      rounds: 1,
      timeline: [{ name: 'Case study', notes: '45 minutes' }],
      questions: [{ text: 'What is a join?', category: 'technical' }],
      advice: 'Practise SQL.',
      story: 'A synthetic story typed at the prompts.\n\nSecond paragraph.',
      date: '2026-03-02',
    });
    expect(listContentProblems(dir).map(formatProblem)).toEqual([]);
  });
});

describe('npm run new:experience with questions like those already reported', () => {
  it('offers the existing wording as each question is typed, and writes the one chosen', slow, () => {
    const dir = contentFolder('scaffold-look-alikes', [], { withRealExperiences: true });
    const flags = ['--role', 'Test Engineer', '--department', 'software-development', '--level', 'mid-level', '--applied-via', 'referral'];
    const answers = [
      ...['', '', '', '', '', '', ''], // difficulty, result, offer, overall experience, how long, location, format: skipped
      '', // timeline: none
      'coding: Reverse a linked list', // merged by the site with a question already reported
      'perhaps', // not an answer: asked again
      '', // the default: use the existing wording
      'How do you improve customer satisfaction?', // only alike two questions
      '', // the default: keep it
      'What would you test first in a payments form?', // like nothing: nothing asked
      '', // end of the questions
      '', // advice: skipped
      'A synthetic story typed at the prompts.',
      '.',
    ];
    const run = runScript(
      'scripts/new-experience.ts',
      [...flags, '--rounds', '1', '--anonymous', '--date', '2026-03-06', '--content-dir', dir],
      `${answers.join('\n')}\n`,
    );
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toContain(
      '  This looks like a question already reported:\n    1. “Write a function to reverse a linked list.” (reported once; the site merges yours into it)\n  Use the wording of 1 instead, so the two are counted together? [Y/n]',
    );
    expect(run.stdout).toContain('Type y to use it, n to keep yours.');
    expect(run.stdout).toContain('  Using “Write a function to reverse a linked list.”.');
    expect(run.stdout).toContain('    1. “How do you measure customer satisfaction?” (reported once)\n');
    expect(run.stdout).toContain('[y/N, or the number of another]');
    expect(run.stdout.match(/This looks like/g)).toHaveLength(2);
    const data = parse(readFileSync(join(dir, 'experiences/2026-03-06-test-engineer-1.yaml'), 'utf8'));
    expect(data.questions).toEqual([
      { text: 'Write a function to reverse a linked list.', category: 'coding' },
      { text: 'How do you improve customer satisfaction?' },
      { text: 'What would you test first in a payments form?' },
    ]);
    expect(listContentProblems(dir).map(formatProblem)).toEqual([]);
  });

  it('keeps the wording typed when the contributor says no', slow, () => {
    const dir = contentFolder('scaffold-look-alikes-no', [], { withRealExperiences: true });
    const answers = ['', '', '', '', '', '', '', '', 'Reverse a linked list', 'n', '', '', 'A synthetic story.', '.'];
    const args = ['--role', 'QA', '--department', 'software-development', '--level', 'junior', '--applied-via', 'other', '--rounds', '1'];
    const run = runScript(
      'scripts/new-experience.ts',
      [...args, '--anonymous', '--date', '2026-03-07', '--content-dir', dir],
      `${answers.join('\n')}\n`,
    );
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toContain('“Write a function to reverse a linked list.” (reported once; the site merges yours into it)');
    expect(run.stdout).not.toContain('Using “');
    expect(parse(readFileSync(join(dir, 'experiences/2026-03-07-qa-1.yaml'), 'utf8')).questions).toEqual([{ text: 'Reverse a linked list' }]);
  });
});

describe('npm run import:issue', () => {
  const issues = join(fixturesRoot, 'issues');

  it('turns a submitted issue form into an experience file that validates', slow, () => {
    const dir = contentFolder('import-issue', [], { withRealExperiences: true });
    const before = readdirSync(join(dir, 'experiences'));
    const run = runScript('scripts/import-issue.ts', [join(issues, 'share-experience.md'), '--content-dir', dir]);
    expect(run.status, run.output).toBe(0);
    expect(newFiles(dir, before)).toEqual(['2026-03-09-test-engineer-1.yaml']);
    const text = readFileSync(join(dir, 'experiences/2026-03-09-test-engineer-1.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe(experienceSchemaComment);
    expect(parse(text)).toMatchObject({
      department: 'software-development',
      level: 'mid-level',
      appliedVia: 'company-website',
      difficulty: 'medium',
      name: 'Test Candidate',
      rounds: 2,
      questions: [
        { text: 'Write a function that removes duplicates from a list.', category: 'coding' },
        { text: 'What would you test first in a payments form?' },
      ],
    });
    expect(parse(text).result).toBeUndefined();
    expect(parse(text)).toMatchObject({
      sentiment: 'positive',
      duration: 21,
      location: { country: 'Netherlands', city: 'Amsterdam' },
      format: 'mixed',
    });
    expect(parse(text)).not.toHaveProperty('offer');
    expect(listContentProblems(dir).map(formatProblem)).toEqual([]);
  });

  it('writes the offer, a length in days and a remote location from their answers, and reads an issue made with the older form', slow, () => {
    const dir = contentFolder('import-issue-newer-fields');
    const offer = runScript('scripts/import-issue.ts', [join(issues, 'offer-negotiated.md'), '--content-dir', dir]);
    expect(offer.status, offer.output).toBe(0);
    expect(parse(readFileSync(join(dir, 'experiences/2026-03-14-test-manager-1.yaml'), 'utf8'))).toMatchObject({
      result: 'offer-accepted',
      offer: { negotiated: true },
      sentiment: 'neutral',
      duration: 10,
      location: 'remote',
      format: 'remote',
    });
    const old = runScript('scripts/import-issue.ts', [join(issues, 'old-form.md'), '--content-dir', dir]);
    expect(old.status, old.output).toBe(0);
    const data = parse(readFileSync(join(dir, 'experiences/2026-03-13-test-developer-1.yaml'), 'utf8'));
    for (const key of ['offer', 'sentiment', 'duration', 'location', 'format']) expect(data, key).not.toHaveProperty(key);
    expect(listContentProblems(dir).map(formatProblem)).toEqual([]);
  });

  it('reads a body with Windows line endings from standard input', slow, () => {
    const dir = contentFolder('import-issue-stdin');
    const body = readFileSync(join(issues, 'share-experience.md'), 'utf8').replace(/\n/g, '\r\n');
    const run = runScript('scripts/import-issue.ts', ['-', '--content-dir', dir], body);
    expect(run.status, run.output).toBe(0);
    expect(readdirSync(join(dir, 'experiences'))).toEqual(['2026-03-09-test-engineer-1.yaml']);
  });

  it('keeps a story that has its own ### headings whole in the written file', slow, () => {
    const dir = contentFolder('import-issue-headings');
    const run = runScript('scripts/import-issue.ts', [join(issues, 'story-with-headings.md'), '--content-dir', dir]);
    expect(run.status, run.output).toBe(0);
    const data = parse(readFileSync(join(dir, 'experiences/2026-03-11-test-lead-1.yaml'), 'utf8'));
    expect(data.story).toBe(
      [
        'A synthetic issue body whose story has headings of its own, written only for the tests.',
        '### The phone screen',
        'The recruiter called first and asked about my last project.',
        '#### What I would do again',
        'Ask what the team works on.',
        '### Role',
        "The story names a heading like one of the form's fields; it is still part of the story.",
        '###Not a heading without its space',
        'The end of the story.',
      ].join('\n\n'),
    );
    expect(data).toMatchObject({ role: 'Test Lead', name: 'Test Candidate', date: '2026-03-11' });
    expect(listContentProblems(dir).map(formatProblem)).toEqual([]);
  });

  it('reads a body saved with a byte-order mark and CR LF line ends, from a file and from standard input', slow, () => {
    const file = join(issues, 'bom.md');
    const body = readFileSync(file, 'utf8');
    for (const [name, args, input] of [
      ['import-issue-bom', [file], undefined],
      ['import-issue-bom-stdin', ['-'], body],
    ] as const) {
      const dir = contentFolder(name);
      const run = runScript('scripts/import-issue.ts', [...args, '--content-dir', dir], input);
      expect(run.status, run.output).toBe(0);
      const data = parse(readFileSync(join(dir, 'experiences/2026-03-12-test-analyst-1.yaml'), 'utf8'));
      expect(data).toMatchObject({ role: 'Test Analyst', department: 'software-development', name: 'Test Candidate' });
      expect(data.story).toBe(
        'A synthetic issue body, written only for the tests.\n\nThe recruiter called first; a week later I had a technical interview with `pair programming`.',
      );
    }
  });

  it("prints every problem of a broken form, in the form's words, writes nothing and exits 1", slow, () => {
    const dir = contentFolder('import-issue-refused');
    const file = join(dir, 'refused-issue.md');
    writeFileSync(file, readFileSync(join(issues, 'refused.md')));
    const run = runScript('scripts/import-issue.ts', [file, '--content-dir', dir]);
    expect(run.status).toBe(1);
    expect(readdirSync(join(dir, 'experiences'))).toEqual([]);
    const lines = asContent(run.stderr, dir).trim().split('\n').slice(1);
    // Its sections of optional fields left out ("Rounds in order", "Name to show") are no answer, not a problem.
    expect(lines.map((line) => line.replace(/^content\/refused-issue\.md /, '').split(':')[0]).sort()).toEqual([
      'Advice for the next candidate',
      'Before you submit',
      'Department',
      'Did you negotiate the offer?',
      'How long the process took',
      'Level',
      'Number of rounds',
      'Your story',
    ]);
    expect(lines.join('\n')).toContain('Department: "Marketing" is not one of the options (Software Development,');
    expect(lines.join('\n')).toContain('Advice for the next candidate: contains an e-mail address');
    expect(lines.join('\n')).toContain('Did you negotiate the offer?: says how an offer went, but result is not given');
    expect(lines.join('\n')).toContain('How long the process took: expected a whole number of days from 1 to 730, like 21 for 3 weeks, found "ages"');
  });

  it('refuses a form whose content-licence box is not ticked, though nothing else is wrong, and writes nothing', slow, () => {
    const dir = contentFolder('import-issue-no-licence');
    const run = runScript('scripts/import-issue.ts', [join(issues, 'no-licence.md'), '--content-dir', dir]);
    expect(run.status, run.output).toBe(1);
    expect(readdirSync(join(dir, 'experiences'))).toEqual([]);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^Nothing was written; 1 problem to fix in the issue/);
    const box = 'It may be published under CC BY 4.0, the licence of all content in this guide';
    expect(lines.slice(1)).toEqual([expect.stringContaining(`no-licence.md Before you submit: the box "${box}" is not ticked`)]);
  });
});
