import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { agreementProblems, answerProblems } from '../../src/lib/answerChecks';
import { decodeContentText, tabIndentedLines } from '../../src/lib/contentEncoding';
import { parseContentYaml } from '../../src/lib/yamlContent';
import { experienceFileNameProblems, findLikelyDuplicates } from '../../src/lib/experienceChecks';
import { experienceChoices, resolveChoice } from '../../src/lib/experienceChoices';
import { questionFromLine, roundFromLine } from '../../src/lib/experienceAnswers';
import {
  experienceFileName,
  experienceFromAnswers,
  experienceSchemaComment,
  experienceYaml,
  firstFreeExperienceFileName,
} from '../../src/lib/experienceFile';
import { findPersonalData } from '../../src/lib/personalData';
import { findUnsafeMarkup, maskCode } from '../../src/lib/unsafeMarkup';
import { experienceSchema } from '../../src/schemas';

const kinds = (text: string) => [...findPersonalData(text), ...findUnsafeMarkup(text)].map((finding) => finding.kind);

describe('markup and code in text', () => {
  it.each([
    ['<b>bold</b>', 'html-tag'],
    ['a <img src=x> here', 'html-tag'],
    ['<script>alert(1)</script>', 'script-tag'],
    ['x" onerror="alert(1)', 'event-handler'],
    ['[a](javascript:alert(1))', 'script-link'],
    ['[a](JaVaScRiPt:alert(1))', 'script-link'],
    ['[a](jav&#x09;ascript:alert(1))', 'script-link'],
    ['[a](&#106;avascript:alert(1))', 'script-link'],
    ['[evil]: vbscript:msgbox', 'script-link'],
    ['javascript:alert(1)', 'script-link'],
    ['[d](data:text/html;base64,AAA)', 'data-link'],
    ['import Chart from "./Chart.astro"', 'mdx-esm'],
    ['export const x = 1', 'mdx-esm'],
    ['Hello {props.name}', 'mdx-expression'],
    ['<Callout type="tip">', 'jsx-component'],
    ['<!-- hidden -->', 'html-comment'],
  ])('%s → %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    'We discussed JavaScript: closures and promises, and data: pipelines.',
    'Onboarding = 2 weeks; a < b and c > d; 3<4.',
    'Export your data as CSV. Import it later.',
    'An autolink <https://example.com/page> is fine.',
    'Use `List<String>` or `{a: 1}` inline.',
    '```ts\nimport x from "y";\n<div onclick="go()">{value}</div>\n```',
  ])('prose and Markdown code pass: %s', (text) => {
    expect(findUnsafeMarkup(text)).toEqual([]);
  });

  it('blanks code without moving anything else', () => {
    const text = 'a `<b>` c\n```\n<i>\n```\nd';
    expect(maskCode(text)).toHaveLength(text.length);
    expect(maskCode(text).split('\n')).toHaveLength(text.split('\n').length);
    expect(maskCode(text)).not.toMatch(/[<>]/);
  });
});

describe('reading the bytes of a content file', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('drops a byte-order mark and turns CRLF and CR into LF', () => {
    expect(decodeContentText(bytes('\uFEFFa: 1\r\nb: 2\rc: 3'), 'f').text).toBe('a: 1\nb: 2\nc: 3');
  });

  it('refuses UTF-16 and invalid UTF-8, naming the line', () => {
    expect(decodeContentText(Uint8Array.from([0xff, 0xfe, 0x61, 0]), 'f').problems[0].message).toMatch(/UTF-16; save it as UTF-8/);
    expect(decodeContentText(Uint8Array.from([0x61, 0x0a, 0x62, 0xe9, 0x0a]), 'f').problems[0]).toMatchObject({
      line: 2,
      message: expect.stringMatching(/not valid UTF-8/),
    });
  });

  it('refuses tabs used as indentation, only where they break the YAML', () => {
    expect(tabIndentedLines('a:\n\t- b\n  \tc\nd: \te')).toEqual([2, 3]);
    const refused = parseContentYaml(bytes('a:\n\t- b\n'), 'f');
    expect(refused.problems).toEqual([
      { file: 'f', line: 2, column: 1, message: expect.stringContaining('YAML indentation must use spaces, not tabs') },
    ]);
    const kept = parseContentYaml(bytes('story: |\n  \tcode\n'), 'f');
    expect(kept.problems).toEqual([]);
    expect(kept.value).toEqual({ story: '\tcode\n' });
  });
});

describe('experience file names', () => {
  it.each([
    ['2026-03-01-test-engineer-1.yaml', undefined],
    ['x.yml', 'rename it to x.yaml'],
    ['x.md', 'a .md file cannot be an experience'],
    ['x.json', 'JSON files are not read here'],
    ['notes.txt', 'only experience files ending in .yaml'],
    ['My Story.yaml', 'rename it to my-story.yaml'],
  ])('%s', (name, message) => {
    const problems = experienceFileNameProblems(name, `content/experiences/${name}`);
    if (message) expect(problems[0].message).toContain(message);
    else expect(problems).toEqual([]);
  });

  it('are <date>-<role>-<n>.yaml, numbered past the ones taken', () => {
    expect(experienceFileName('2026-03-01', 'Senior C++ Engineer (Payments)', 1)).toBe('2026-03-01-senior-c-engineer-payments-1.yaml');
    expect(experienceFileName('../../etc', 'مهندس', 2)).toBe('etc-experience-2.yaml');
    const taken = new Set(['2026-03-01-qa-1.yaml', '2026-03-01-qa-2.yaml']);
    expect(firstFreeExperienceFileName('2026-03-01', 'QA', (name) => taken.has(name))).toBe('2026-03-01-qa-3.yaml');
  });
});

describe('likely duplicates', () => {
  const base = experienceSchema.parse({
    role: 'QA',
    department: 'x',
    level: 'junior',
    appliedVia: 'other',
    rounds: 1,
    story: 'One short story.',
    date: '2026-03-01',
    questions: [{ text: 'Why QA?' }],
  });

  it('are the same role, date and questions, or the same story, reported on the later file', () => {
    const problems = findLikelyDuplicates([
      { file: 'a.yaml', data: base },
      { file: 'b.yaml', data: { ...base, role: 'qa ', level: 'senior', story: 'Another story.' } },
      { file: 'c.yaml', data: { ...base, role: 'Tester', questions: [], story: `  ${'A long story that was pasted twice by mistake. '.repeat(2)}` } },
      {
        file: 'd.yaml',
        data: {
          ...base,
          role: 'Tester 2',
          questions: [],
          story: 'a long story that was pasted twice by mistake.  A long story that was pasted twice by mistake.',
        },
      },
    ]);
    expect(problems.map((problem) => `${problem.file}: ${problem.message.split(';')[0]}`)).toEqual([
      'b.yaml: looks like a duplicate of a.yaml (the same role, date and questions)',
      'd.yaml: looks like a duplicate of c.yaml (the same story)',
    ]);
  });
});

describe('answers to an experience file', () => {
  const categories = ['coding', 'behavioural'];

  it('file a question under a category only when the prefix is a known category', () => {
    expect(questionFromLine('coding: Reverse a list', categories)).toEqual({ text: 'Reverse a list', category: 'coding' });
    expect(questionFromLine('why: would you join?', categories)).toEqual({ text: 'why: would you join?' });
    expect(roundFromLine('Phone screen - 30 minutes - recruiter')).toEqual({ name: 'Phone screen', notes: '30 minutes - recruiter' });
    expect(roundFromLine('Follow-up call')).toEqual({ name: 'Follow-up call' });
  });

  it('leave empty answers out and keep a wrong rounds value as typed, for the check to report', () => {
    const fields = experienceFromAnswers({ role: ' QA ', name: '', rounds: 'three', questions: ['coding: A', '', 'B'], story: 'x\r\ny' }, categories);
    expect(fields).toEqual({ role: 'QA', rounds: 'three', questions: [{ text: 'A', category: 'coding' }, { text: 'B' }], story: 'x\ny' });
  });

  it('become YAML in the schema order, headed by the schema line, that reads back to the same fields', () => {
    const fields = experienceFromAnswers(
      {
        date: '2026-03-01',
        story: 'Line one.\n\nLine two: "quoted" # not a comment',
        role: 'QA',
        department: 'x',
        level: 'junior',
        appliedVia: 'other',
        rounds: '1',
        advice: 'yes',
      },
      categories,
    );
    const text = experienceYaml(fields);
    expect(text.split('\n')[0]).toBe(experienceSchemaComment);
    expect(Object.keys(parse(text))).toEqual(['role', 'department', 'level', 'appliedVia', 'rounds', 'advice', 'story', 'date']);
    expect(parse(text)).toEqual({ ...fields });
  });

  it('are checked one by one, with the schema and the text rules', () => {
    expect(answerProblems('rounds', 'three', categories)).toEqual(['expected a whole number from 1 to 15, found "three"']);
    expect(answerProblems('advice', 'Mail test@example.com', categories)[0]).toContain('e-mail address');
    expect(answerProblems('questions', ['coding: <b>x</b>'], categories)[0]).toContain('raw HTML tag');
    expect(answerProblems('role', 'QA Engineer', categories)).toEqual([]);
  });

  it('read the newer fields as typed: a choice as its value, words or number, a length in weeks as days, "City, Country" or "Remote"', () => {
    const typed = {
      result: 'Offer accepted',
      offer: 'Yes',
      sentiment: '1',
      duration: '3 weeks',
      location: 'Amsterdam, Netherlands',
      format: 'On-site',
    };
    expect(experienceFromAnswers(typed, categories)).toEqual({
      result: 'offer-accepted',
      offer: { negotiated: true },
      sentiment: 'positive',
      duration: 21,
      location: { city: 'Amsterdam', country: 'Netherlands' },
      format: 'on-site',
    });
    expect(experienceFromAnswers({ offer: '2', duration: '10', location: 'remote' }, categories)).toEqual({
      offer: { negotiated: false },
      duration: 10,
      location: 'remote',
    });
    // What cannot be read is kept as typed, for the checks to say what was found.
    expect(experienceFromAnswers({ duration: 'a while', location: 'Utrecht, Holland, NL', offer: 'maybe' }, categories)).toEqual({
      duration: 'a while',
      location: 'Utrecht, Holland, NL',
      offer: 'maybe',
    });
    expect(answerProblems('duration', 'a while', categories)).toEqual([expect.stringContaining('expected a whole number of days from 1 to 730')]);
    expect(answerProblems('duration', '3 weeks', categories)).toEqual([]);
  });

  it('are checked against the answers before them, by the rules between fields', () => {
    expect(agreementProblems('offer', { result: 'rejected', offer: 'yes' }, categories)).toEqual([
      'offer: says how an offer went, but result is "rejected"; set result to offer-accepted, offer-declined, offer, or leave offer out',
    ]);
    expect(agreementProblems('offer', { offer: 'yes' }, categories)).toEqual([expect.stringContaining('result is not given')]);
    expect(agreementProblems('offer', { result: 'offer', offer: 'no' }, categories)).toEqual([]);
    expect(agreementProblems('timeline', { rounds: '3', timeline: ['A', 'B'] }, categories)).toEqual([
      'timeline: lists 2 rounds but rounds is 3; make the two agree',
    ]);
    // Only the field asked about: the timeline's problem is not the offer's.
    expect(agreementProblems('offer', { rounds: '3', timeline: ['A'], result: 'offer', offer: 'no' }, categories)).toEqual([]);
  });

  it('take a choice as its value, label or number', () => {
    const { appliedVia = [], difficulty = [], level = [] } = experienceChoices;
    expect(resolveChoice('Company website', appliedVia)).toBe('company-website');
    expect(resolveChoice('3', difficulty)).toBe('hard');
    expect(resolveChoice('senior', level)).toBe('senior');
    expect(resolveChoice('Wizard', level)).toBe('Wizard');
  });
});
