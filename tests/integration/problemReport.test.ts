import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/lib/contentProblems';
import {
  escapeCommandData,
  escapeCommandProperty,
  githubAnnotation,
  markdownCell,
  markdownNoticeSummary,
  markdownSummary,
  reportFormat,
  summaryRowLimit,
} from '../../src/lib/problemReport';
import type { QuestionNotice } from '../../src/lib/questionNotices';
import { projectRoot, tmpRoot } from '../support/astroBuild';
import { asContent, contentFolder, fixturesRoot, runScript } from '../support/contentFolders';

// GitHub renders job summaries as GFM, raw HTML included; linkify stands in for its autolinks.
const gfm = new MarkdownIt({ html: true, linkify: true });
const htmlEntities: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&' };
const decodeHtml = (html: string) => html.replace(/&(lt|gt|quot|amp);/g, (_, name: string) => htmlEntities[name]);

describe('workflow commands', () => {
  it('escapes data and properties exactly as @actions/core does', () => {
    expect(escapeCommandData('100% done\r\nnext: a,b')).toBe('100%25 done%0D%0Anext: a,b');
    expect(escapeCommandProperty('100% done\r\nnext: a,b')).toBe('100%25 done%0D%0Anext%3A a%2Cb');
    // `%` first, or the escapes themselves would be escaped again.
    expect(escapeCommandProperty('%0A')).toBe('%250A');
  });

  it('annotates the file, line, column and field of a problem', () => {
    const problem: ContentProblem = {
      file: 'content/experiences/x.yaml',
      line: 6,
      column: 9,
      field: 'rounds',
      message: 'expected a whole number, found "three"',
    };
    expect(githubAnnotation(problem)).toBe(
      '::error file=content/experiences/x.yaml,line=6,col=9,title=rounds::expected a whole number, found "three"',
    );
  });

  it('titles a problem without a field "content", and leaves out a place it does not have', () => {
    expect(githubAnnotation({ file: 'content/experiences/a.md', message: 'a .md file: no' })).toBe(
      '::error file=content/experiences/a.md,title=content::a .md file: no',
    );
    // A column means nothing to GitHub without a line.
    expect(githubAnnotation({ file: 'content/a.yaml', column: 3, message: 'm' })).toBe('::error file=content/a.yaml,title=content::m');
  });

  it('writes a notice as a ::notice command', () => {
    const notice = { file: 'content/experiences/x.yaml', line: 7, column: 11, field: 'questions[0].text', message: 'looks like “Why us?”' };
    expect(githubAnnotation(notice, notice.file, 'notice')).toBe(
      '::notice file=content/experiences/x.yaml,line=7,col=11,title=questions[0].text::looks like “Why us?”',
    );
  });

  it('takes the repository path it is given, and escapes properties so a name cannot add one', () => {
    const problem = { file: 'x.yaml', line: 1, field: 'questions[0].text', message: 'm' };
    expect(githubAnnotation(problem, 'content/experiences/x.yaml')).toBe('::error file=content/experiences/x.yaml,line=1,title=questions[0].text::m');
    expect(githubAnnotation({ file: 'a,line=99,title=x:y.yaml', message: 'm' })).toBe('::error file=a%2Cline=99%2Ctitle=x%3Ay.yaml,title=content::m');
  });

  it('keeps every problem one command on one line, whatever its text holds', () => {
    const forged = { file: 'content/x.yaml', line: 2, field: 'role\n::warning::', message: 'one\n::error file=README.md::two\r\u001b[2Jthree 100%' };
    const command = githubAnnotation(forged);
    expect(command.split(/[\r\n]/)).toHaveLength(1);
    // The runner ends the properties at the first `::`; the field's colons are escaped, so it is the real one.
    expect(command.slice(0, command.indexOf('::', 2))).toBe('::error file=content/x.yaml,line=2,title=role\\u{A}%3A%3Awarning%3A%3A');
    expect(command).not.toContain('\u001b');
    expect(command).toContain('100%25');
  });

  it('chooses GitHub annotations inside Actions and text elsewhere, unless --format says', () => {
    expect(reportFormat(undefined, {})).toBe('text');
    expect(reportFormat(undefined, { GITHUB_ACTIONS: 'true' })).toBe('github');
    expect(reportFormat('text', { GITHUB_ACTIONS: 'true' })).toBe('text');
    expect(reportFormat('github', {})).toBe('github');
    expect(() => reportFormat('json', {})).toThrow(/unknown --format "json"; use text or github/);
  });
});

describe('the Markdown job summary', () => {
  const cellHtml = (text: string) => gfm.render(`| a |\n| --- |\n| ${markdownCell(text)} |\n`);

  it('shows contributed text literally in one table cell', () => {
    const hostile = 'a | b <script>alert(1)</script> `code` [x](https://evil.example) **bold** https://evil.example @user &amp; #1 \\';
    const html = cellHtml(hostile);
    expect(html).not.toMatch(/<(script|a|code|strong)\b/);
    expect(html.match(/<td>/g)).toHaveLength(1);
    const text = /<td>(.*)<\/td>/.exec(html)![1];
    expect(decodeHtml(text)).toBe(hostile);
  });

  it('escapes the pipe, backtick, HTML and line breaks of a cell', () => {
    expect(markdownCell('a|b')).toBe('a\\|b');
    expect(markdownCell('`x`')).toBe('\\`x\\`');
    expect(markdownCell('<b>&')).toBe('&lt;b&gt;&amp;');
    expect(markdownCell('one\ntwo\r\nthree')).toBe('one two three');
  });

  it('is one "Content OK" line when nothing is wrong', () => {
    expect(markdownSummary({ problems: [], checked: '10 data files and 2 experiences' })).toBe(
      'Content OK: 10 data files and 2 experiences checked.\n',
    );
  });

  it('has a heading, the count and a row for every problem', () => {
    const problems: ContentProblem[] = [
      { file: 'content/experiences/a.yaml', line: 6, column: 9, field: 'rounds', message: 'expected a number' },
      { file: 'content/experiences/a.yaml', line: 11, field: 'story', message: 'contains the raw HTML tag "<b>"' },
      { file: 'content/experiences/b.md', message: 'a .md file cannot be an experience' },
    ];
    const summary = markdownSummary({ problems, checked: 'some files' });
    expect(summary).toMatch(/^## Content validation failed\n\n3 problems in 2 files \(checked some files\)/);
    const html = gfm.render(summary);
    expect(html.match(/<tr>/g)).toHaveLength(4);
    expect(html).toContain('<th>file</th>\n<th>line</th>\n<th>field</th>\n<th>problem</th>');
    expect(html).toContain(
      '<td>content/experiences/a.yaml</td>\n<td>11</td>\n<td>story</td>\n<td>contains the raw HTML tag &quot;&lt;b&gt;&quot;</td>',
    );
    expect(html).toContain('<td>content/experiences/b.md</td>\n<td></td>\n<td></td>');
  });

  it('names the files by the path it is given, and stops at a size GitHub keeps', () => {
    const problems = Array.from({ length: summaryRowLimit + 5 }, (_, index) => ({ file: `x${index}.yaml`, line: index + 1, message: 'm' }));
    const summary = markdownSummary({ problems, checked: 'c', path: (problem) => `content/${problem.file}` });
    expect(summary.match(/^\| content\\\/x\d+\\\.yaml \|/gm)).toHaveLength(summaryRowLimit);
    expect(summary).toContain('5 more problems are in the log of this step.');
    expect(Buffer.byteLength(summary)).toBeLessThan(1024 * 1024);
  });
});

describe('the job summary of notices', () => {
  const notice = (file: string, line: number, text: string, lookAlike: string, merges: boolean): QuestionNotice => ({
    file,
    line,
    field: 'questions[0].text',
    text,
    lookAlike: { text: lookAlike, slug: 's', reports: 1, merges },
    message: 'm',
  });

  it('is nothing when there are no notices', () => {
    expect(markdownNoticeSummary({ notices: [], hidden: 0 })).toBe('');
  });

  it('is a short table of each question, the wording it looks like and whether the site merges them', () => {
    const summary = markdownNoticeSummary({
      notices: [
        notice('a.yaml', 7, 'Reverse a list | <b>', 'Reverse a linked list', true),
        notice('b.yaml', 9, 'Why us?', 'Why this company?', false),
      ],
      hidden: 3,
      path: (item) => `content/${item.file}`,
    });
    expect(summary).toMatch(/^## Questions that look like others\n\n5 questions look like a question another file reports\. Not an error/);
    expect(summary).toContain('3 more are not listed; npm run validate -- --all-notices prints them all.');
    const html = gfm.render(summary);
    expect(html.match(/<tr>/g)).toHaveLength(3);
    expect(html).toContain('<td>content/a.yaml</td>\n<td>7</td>\n<td>Reverse a list | &lt;b&gt;</td>\n<td>Reverse a linked list</td>\n<td>yes</td>');
    expect(html).toContain('<td>Why this company?</td>\n<td>no</td>');
  });
});

describe('npm run validate in GitHub Actions', () => {
  const bad = join(fixturesRoot, 'experiences/bad');
  const slow = { timeout: 60_000 };

  it('prints an annotation on the line of each problem and writes the job summary', slow, () => {
    const dir = contentFolder('validate-github', [join(bad, 'wrong-type.yaml'), join(bad, 'raw-html.yaml'), join(bad, 'markdown-file.md')]);
    const summaryFile = join(tmpRoot, 'validate-github-summary.md');
    mkdirSync(tmpRoot, { recursive: true });
    writeFileSync(summaryFile, '# Earlier step\n');
    const run = runScript('scripts/validate.ts', ['--content-dir', dir], undefined, {
      GITHUB_ACTIONS: 'true',
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_WORKSPACE: projectRoot,
    });
    expect(run.status).toBe(1);

    const folder = relative(projectRoot, dir);
    const annotations = run.stdout.trim().split('\n');
    expect(annotations).toHaveLength(3);
    // A problem without a line still names its file; `:` needs no escape in the message, only in properties.
    expect(annotations[0]).toMatch(
      new RegExp(`^::error file=${folder}/experiences/markdown-file\\.md,title=content::a \\.md file cannot be an experience: `),
    );
    expect(annotations[1]).toMatch(
      new RegExp(`^::error file=${folder}/experiences/raw-html\\.yaml,line=11,col=\\d+,title=story::contains the raw HTML tag "<b>"`),
    );
    expect(annotations[2]).toBe(
      `::error file=${folder}/experiences/wrong-type.yaml,line=6,col=9,title=rounds::expected a whole number from 1 to 15, found "three"`,
    );

    // Each annotation names a file that exists, relative to the repository root, and the place of what is wrong.
    const at = (annotation: string) => {
      const [, file, line, column] = /^::error file=([^,]+),line=(\d+),col=(\d+),/.exec(annotation)!;
      const lines = readFileSync(join(projectRoot, file), 'utf8').split('\n');
      return lines[Number(line) - 1].slice(Number(column) - 1);
    };
    expect(at(annotations[1])).toMatch(/^<b>very<\/b>/);
    expect(at(annotations[2])).toBe('three');
    // The text report is not printed as well; the count still closes the log.
    expect(asContent(run.stderr, dir)).not.toContain('content/experiences/wrong-type.yaml:6:9');
    expect(run.stderr.trim()).toMatch(/^3 problems in 3 files \(checked /);

    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary.startsWith('# Earlier step\n## Content validation failed\n\n3 problems in 3 files')).toBe(true);
    const html = gfm.render(summary);
    expect(html.match(/<tr>/g)).toHaveLength(4);
    expect(html).toContain(
      `<td>${folder}/experiences/wrong-type.yaml</td>\n<td>6</td>\n<td>rounds</td>\n<td>expected a whole number from 1 to 15, found &quot;three&quot;</td>`,
    );
    expect(html).toContain(
      `<td>${folder}/experiences/raw-html.yaml</td>\n<td>11</td>\n<td>story</td>\n<td>contains the raw HTML tag &quot;&lt;b&gt;&quot;;`,
    );
    expect(html).not.toMatch(/<(b|strong|a|code)>/);
    rmSync(summaryFile);
  });

  it('writes one "Content OK" line to the summary when the content passes, and keeps the text report with --format text', slow, () => {
    const summaryFile = join(tmpRoot, 'validate-github-ok.md');
    rmSync(summaryFile, { force: true });
    const ok = runScript('scripts/validate.ts', [], undefined, { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile });
    expect(ok.status).toBe(0);
    expect(readFileSync(summaryFile, 'utf8')).toMatch(
      /^Content OK: 12 data files\\, \d+ question notes\\, \d+ guide sections and \d+ experiences checked\.\n$/,
    );

    const dir = contentFolder('validate-github-text', [join(bad, 'wrong-type.yaml')]);
    const text = runScript('scripts/validate.ts', ['--content-dir', dir, '--format', 'text'], undefined, { GITHUB_ACTIONS: 'true' });
    expect(text.status).toBe(1);
    expect(text.stdout).toBe('');
    expect(asContent(text.stderr, dir).split('\n')[0]).toBe(
      'content/experiences/wrong-type.yaml:6:9 rounds: expected a whole number from 1 to 15, found "three"',
    );
    rmSync(summaryFile);
  });

  it('annotates a question that looks like another as a notice, lists it in the summary and passes', slow, () => {
    const dir = contentFolder('validate-github-notices', [], { withRealExperiences: true });
    const name = 'experiences/2026-03-05-test-engineer-1.yaml';
    writeFileSync(
      join(dir, name),
      [
        'role: Test Engineer',
        'department: software-development',
        'level: mid-level',
        'appliedVia: referral',
        'rounds: 1',
        'questions:',
        '  - text: What would you test first in a payments form?',
        '  - text: Reverse a linked list',
        'story: A synthetic story written by the notice test.',
        'date: 2026-03-05',
        '',
      ].join('\n'),
    );
    const summaryFile = join(tmpRoot, 'validate-github-notices.md');
    rmSync(summaryFile, { force: true });
    const run = runScript('scripts/validate.ts', ['--content-dir', dir], undefined, {
      GITHUB_ACTIONS: 'true',
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_WORKSPACE: projectRoot,
    });
    expect(run.status, run.output).toBe(0);
    const folder = relative(projectRoot, dir);
    const notices = run.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(notices).toEqual([
      expect.stringMatching(new RegExp(`^::notice file=${folder}/experiences/2026-02-21-software-engineer-1\\.yaml,line=19,col=11,`)),
      `::notice file=${folder}/${name},line=8,col=11,title=questions[1].text::looks like “Write a function to reverse a linked list.” (reported once, /questions/write-a-function-to-reverse-a-linked-list/); the site merges them — use that wording if you mean the same question`,
    ]);
    expect(readFileSync(join(dir, name), 'utf8').split('\n')[7].slice(10)).toBe('Reverse a linked list');
    expect(run.stdout).not.toContain('::error');

    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary).toMatch(/^Content OK: .*\n## Questions that look like others\n\n2 questions look like a question another file reports\./);
    const html = gfm.render(summary);
    expect(html).toContain(
      `<td>${folder}/${name}</td>\n<td>8</td>\n<td>Reverse a linked list</td>\n<td>Write a function to reverse a linked list.</td>\n<td>yes</td>`,
    );
    expect(html.match(/<tr>/g)).toHaveLength(3);
    rmSync(summaryFile);
  });

  it('refuses a format it does not know', slow, () => {
    const run = runScript('scripts/validate.ts', ['--format', 'json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown --format "json"; use text or github');
  });
});
