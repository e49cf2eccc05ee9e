import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/contentProblems';
import { checkContent, listContentProblems } from '../../src/loaders/checkContent';
import { asContent, contentFolder, runScript } from '../support/contentFolders';

/**
 * The guide's advice on questions (`question-guidance.yaml`, `question-notes/`), the maintainers' merge
 * corrections (`question-merges.yaml`) and the departments of example questions, each broken in a copy of
 * content/ with its real experiences: validation names the file, the line, the field and the fix.
 */

const slow = { timeout: 60_000 };

/** A copy of content/ with its real experiences and notes, changed by `edit`. */
function brokenContent(name: string, edit: (dir: string) => void): string {
  const dir = contentFolder(`question-guidance-${name}`, [], { withRealExperiences: true });
  edit(dir);
  return dir;
}

/** Replaces text in a file of the copy; fails when the text is not there, so a test never checks an unbroken file. */
function replaceIn(dir: string, file: string, from: string, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  expect(text, `${file} holds ${JSON.stringify(from)}`).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

/** Every problem of a content folder as `npm run validate` prints it, with the folder shown as content/. */
const problemsIn = (dir: string) => listContentProblems(dir).map((problem) => asContent(formatProblem(problem), dir));

const reverseNote = 'question-notes/reverse-a-linked-list.yaml';

describe('question-guidance.yaml', () => {
  it('is required, like the other data files', () => {
    const dir = brokenContent('missing', (d) => rmSync(join(d, 'question-guidance.yaml')));
    expect(problemsIn(dir)).toEqual(['content/question-guidance.yaml: is missing; the site reads it, so restore it']);
  });

  it('names a misspelt category at its line, with the ids to use, and the category left without guidance', () => {
    const dir = brokenContent('unknown-category', (d) => replaceIn(d, 'question-guidance.yaml', '- category: design\n', '- category: desing\n'));
    expect(problemsIn(dir)).toEqual([
      'content/question-guidance.yaml: has no guidance for the category "design" (Design) of question-categories.yaml; add an item "- category: design" with lookingFor, structure and pitfalls',
      expect.stringMatching(
        /^content\/question-guidance\.yaml:\d+:13 \[9\]\.category: "desing" is not an id in question-categories\.yaml \(or "general"\); use one of: system-design, .*, design, general$/,
      ),
    ]);
  });

  it('refuses a second item for the same category, at its line', () => {
    const dir = brokenContent('duplicate-category', (d) =>
      replaceIn(d, 'question-guidance.yaml', '- category: coding\n', '- category: system-design\n'),
    );
    // A file with a problem is not read any further, so the coding guidance it lost is not reported yet.
    expect(problemsIn(dir)).toEqual([
      'content/question-guidance.yaml:23 [1].category: "system-design" is already used by item 0; give each category one item: merge the two and delete this one',
    ]);
  });

  it('reports a category added to question-categories.yaml without guidance', () => {
    const dir = brokenContent('new-category', (d) => {
      const path = join(d, 'question-categories.yaml');
      writeFileSync(path, `${readFileSync(path, 'utf8')}- id: data\n  name: Data and analytics\n  description: SQL, statistics and dashboards.\n`);
    });
    expect(problemsIn(dir)).toEqual([
      'content/question-guidance.yaml: has no guidance for the category "data" (Data and analytics) of question-categories.yaml; add an item "- category: data" with lookingFor, structure and pitfalls',
    ]);
  });

  it('names schema problems by item, field and line: too few steps, an unknown field, a line break in a step', () => {
    const dir = brokenContent('schema', (d) => {
      replaceIn(d, 'question-guidance.yaml', '  pitfalls:\n    - Designing before asking', '  pitfals:\n    - Designing before asking');
      replaceIn(
        d,
        'question-guidance.yaml',
        [
          '    - Write the code in small, clearly named steps, explaining as you go.',
          '    - Walk through an example and the edge cases by hand, fixing what you find.',
          '    - State the final time and space complexity and what you would change for production.',
          '',
        ].join('\n'),
        '',
      );
      replaceIn(d, 'question-guidance.yaml', '    - Give a short, plain definition first.', '    - "Give a short,\\nplain definition first."');
    });
    const problems = problemsIn(dir);
    expect(problems).toEqual([
      'content/question-guidance.yaml:4:3 [0].pitfalls: is required but missing; add it (a list expected)',
      'content/question-guidance.yaml:18:5 [0]: unknown field "pitfals"; check the spelling or remove it',
      'content/question-guidance.yaml:30:5 [1].structure: needs at least 3 items',
      'content/question-guidance.yaml:45:7 [2].structure[0]: contains the character U+000A, a line break or tab, which this one-line field cannot show; delete it',
    ]);
  });

  it('reports broken YAML at its line and column, and the other files are still checked', () => {
    const dir = brokenContent('yaml', (d) => {
      replaceIn(d, 'question-guidance.yaml', '- category: coding\n', '- category: [coding\n');
      replaceIn(d, reverseNote, 'question: Write a function', 'question: Write a method');
    });
    const problems = problemsIn(dir);
    expect(problems[0]).toMatch(/^content\/question-guidance\.yaml:\d+:\d+: YAML syntax: /);
    expect(problems.at(-1)).toMatch(
      /^content\/question-notes\/reverse-a-linked-list\.yaml:2:11 question: "Write a method to reverse a linked list\." is not a question/,
    );
  });
});

describe('question-notes/', () => {
  it('refuses a note whose question nobody reports, at its line, suggesting the reported wording', () => {
    const dir = brokenContent('unreported', (d) =>
      replaceIn(d, reverseNote, 'question: Write a function to reverse a linked list.', 'question: Write a function that reverses a linked list.'),
    );
    expect(problemsIn(dir)).toEqual([
      'content/question-notes/reverse-a-linked-list.yaml:2:11 question: "Write a function that reverses a linked list." is not a question the guide (example-questions.yaml) or an experience reports. Did you mean "Write a function to reverse a linked list."? Copy the wording exactly as it is reported (letter case and punctuation may differ), or delete this note',
    ]);
  });

  it('accepts the wording in other letter case and punctuation, as the question bank merges it', () => {
    const dir = brokenContent('case', (d) =>
      replaceIn(d, reverseNote, 'question: Write a function to reverse a linked list.', 'question: write a function to reverse a linked list'),
    );
    expect(problemsIn(dir)).toEqual([]);
  });

  it('refuses a second note on the same question, naming the first', () => {
    const dir = brokenContent('twice', (d) => cpSync(join(d, reverseNote), join(d, 'question-notes/reverse-linked-list.yaml')));
    expect(problemsIn(dir)).toEqual([
      'content/question-notes/reverse-linked-list.yaml:2:11 question: is about the same question as content/question-notes/reverse-a-linked-list.yaml; a question has one note: move what this file adds into content/question-notes/reverse-a-linked-list.yaml and delete this file',
    ]);
  });

  it('names schema problems with field and line: a missing field, too many pitfalls, an over-long complexity', () => {
    const dir = brokenContent('note-schema', (d) => {
      const path = join(d, reverseNote);
      const text = readFileSync(path, 'utf8');
      writeFileSync(
        path,
        text
          .replace(/^lookingFor: >-\n(?: {2}.*\n)+/m, '')
          .replace('pitfalls:\n', 'pitfalls:\n  - One.\n  - Two.\n')
          .replace(/^complexity: .*$/m, `complexity: ${'O(n) '.repeat(70)}`),
      );
    });
    expect(problemsIn(dir)).toEqual([
      'content/question-notes/reverse-a-linked-list.yaml:2:1 lookingFor: is required but missing; add it (text expected)',
      'content/question-notes/reverse-a-linked-list.yaml:10:3 pitfalls: must have at most 5 items',
      expect.stringMatching(
        /^content\/question-notes\/reverse-a-linked-list\.yaml:16:13 complexity: must be at most 300 characters, found "O\(n\) O\(n\) /,
      ),
    ]);
  });

  it('refuses files that are not lowercase .yaml names, and a folder missing altogether is fine', () => {
    const named = brokenContent('names', (d) => {
      cpSync(join(d, reverseNote), join(d, 'question-notes/Reverse List.yaml'));
      cpSync(join(d, reverseNote), join(d, 'question-notes/reverse.yml'));
      rmSync(join(d, reverseNote));
    });
    expect(problemsIn(named)).toEqual([
      "content/question-notes/Reverse List.yaml: the file name is the entry's id, so it must be lowercase letters, digits and single hyphens; rename it to reverse-list.yaml",
      'content/question-notes/reverse.yml: only .yaml files are read in content/question-notes/; rename it to reverse.yaml, or move it out',
    ]);
    const none = brokenContent('no-folder', (d) => rmSync(join(d, 'question-notes'), { recursive: true }));
    const report = checkContent(none);
    expect(report.problems).toEqual([]);
    expect(report.folders.get('question-notes')).toEqual([]);
    expect(report.checked.dataFolders).toEqual([{ label: 'question notes', files: 0 }]);
  });

  it('does not call a note unreported while an experience it may come from cannot be read', () => {
    const dir = brokenContent('unreadable-experience', (d) =>
      replaceIn(d, 'experiences/2026-02-21-software-engineer-1.yaml', 'rounds: 3', 'rounds: three'),
    );
    expect(problemsIn(dir)).toEqual([
      expect.stringMatching(/^content\/experiences\/2026-02-21-software-engineer-1\.yaml:\d+:\d+ rounds: expected a whole number/),
    ]);
  });
});

describe('question-merges.yaml', () => {
  it('is optional', () => {
    const dir = brokenContent('no-merges', (d) => rmSync(join(d, 'question-merges.yaml')));
    const report = checkContent(dir);
    expect(report.problems).toEqual([]);
    expect(report.data.has('question-merges.yaml')).toBe(false);
    expect(report.checked.dataFiles).toBe(11);
  });

  it('refuses a group of one wording, and two wordings both merged and kept apart', () => {
    const dir = brokenContent('merges', (d) =>
      replaceIn(
        d,
        'question-merges.yaml',
        'merge: []\nkeepApart: []\n',
        [
          'merge:',
          '  - - Describe your sales process.',
          '  - - How do you measure customer satisfaction?',
          '    - Tell us about a time you improved customer retention.',
          'keepApart:',
          '  - - How do you measure customer satisfaction?',
          '    - Tell us about a time you improved customer retention.',
          '',
        ].join('\n'),
      ),
    );
    expect(problemsIn(dir)).toEqual([
      'content/question-merges.yaml:18:5 merge[0]: needs at least 2 items',
      'content/question-merges.yaml:19:5 merge[1]: merges two wordings that keepApart[0] keeps apart; decide which is right and remove them from the other group',
    ]);
  });

  it('refuses a wording nobody reports, at its line, once the file passes its schema', () => {
    const dir = brokenContent('merges-unreported', (d) =>
      replaceIn(
        d,
        'question-merges.yaml',
        'keepApart: []\n',
        'keepApart:\n  - - Describe your sales process.\n    - Describe your sales process in detail.\n',
      ),
    );
    expect(problemsIn(dir)).toEqual([
      'content/question-merges.yaml:20:7 keepApart[0][1]: "Describe your sales process in detail." is not a question the guide (example-questions.yaml) or an experience reports. Did you mean "Describe your sales process."? Copy the wording exactly as it is reported (letter case and punctuation may differ), or remove it from the group',
    ]);
  });
});

describe('example questions', () => {
  it('name departments that exist, at the line of the id', () => {
    const dir = brokenContent('departments', (d) =>
      replaceIn(d, 'example-questions.yaml', 'departments: [software-development]\n- id: critical', 'departments: [engineering]\n- id: critical'),
    );
    expect(problemsIn(dir)).toEqual([
      'content/example-questions.yaml:11:17 [0].departments[0]: "engineering" is not an id in departments.yaml; use one of: software-development, product-management, sales-client-success, ux-ui-design, data-analytics',
    ]);
  });

  it('list each department once', () => {
    const dir = brokenContent('departments-twice', (d) =>
      replaceIn(
        d,
        'example-questions.yaml',
        'departments: [software-development]\n- id: critical',
        'departments: [software-development, software-development]\n- id: critical',
      ),
    );
    expect(problemsIn(dir)).toEqual([
      'content/example-questions.yaml:11:39 [0].departments[1]: lists "software-development" a second time; list each department once',
    ]);
  });
});

describe('npm run validate', () => {
  it('prints the problems of every question file in one run, sorted, and exits 1', slow, () => {
    const dir = brokenContent('all', (d) => {
      replaceIn(d, 'question-guidance.yaml', '- category: design\n', '- category: desing\n');
      replaceIn(d, reverseNote, 'question: Write a function to reverse', 'question: Write code to reverse');
      cpSync(join(d, 'question-notes/design-tools.yaml'), join(d, 'question-notes/tools.yaml'));
      replaceIn(d, 'question-merges.yaml', 'merge: []', 'merge:\n  - - Describe your sales process.');
    });
    const run = runScript('scripts/validate.ts', ['--content-dir', dir]);
    expect(run.status).toBe(1);
    const [problems, summary] = asContent(run.stderr, dir).trim().split('\n\n');
    expect(problems.split('\n').map((line) => line.split(' ')[0])).toEqual([
      'content/question-guidance.yaml:',
      'content/question-guidance.yaml:156:13',
      'content/question-merges.yaml:18:5',
      'content/question-notes/reverse-a-linked-list.yaml:2:11',
      'content/question-notes/tools.yaml:2:11',
    ]);
    expect(summary).toMatch(/^5 problems in 4 files \(checked 12 data files, 26 question notes, \d+ guide sections and 5 experiences\)\./);
  });
});
