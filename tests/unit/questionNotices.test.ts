import { describe, expect, it } from 'vitest';
import { buildQuestionBank, lookAlikes } from '../../src/lib/questionBank';
import { formatProblem } from '../../src/lib/contentProblems';
import {
  limitNotices,
  noticeMessage,
  questionBankOfFiles,
  questionNotices,
  type QuestionFile,
  type QuestionNotice,
} from '../../src/lib/questionNotices';
import { chosenWording, lookAlikeOffer } from '../../scripts/lib/lookAlikeOffer';

/** An experience file whose questions stand on lines 10, 12, 14… at column 11, as the scaffold writes them. */
const experience = (name: string, date: string, texts: string[]): QuestionFile => ({
  file: `content/experiences/${name}.yaml`,
  date,
  questions: texts.map((text, index) => ({ text, field: `questions[${index}].text`, line: 10 + 2 * index, column: 11 })),
});
const guide = (questions: { id: string; text: string }[]): QuestionFile => ({
  file: 'content/example-questions.yaml',
  questions: questions.map((question, index) => ({ ...question, field: `[${index}].text`, line: 2 + 3 * index, column: 9 })),
});
const lines = (notices: QuestionNotice[]) => notices.map(formatProblem);

describe('questionNotices', () => {
  it('tells a rewording the wording of the question it merges into, at the line of its text', () => {
    const notices = questionNotices([
      experience('2026-01-01-a-1', '2026-01-01', ['Write a function to reverse a linked list.', 'Why this team?']),
      experience('2026-02-01-b-1', '2026-02-01', ['What is a join?', 'Reverse a linked list']),
      experience('2026-03-01-c-1', '2026-03-01', ['write a function to reverse a linked list']),
    ]);
    const [onB] = notices.filter((notice) => notice.file.includes('-b-'));
    expect(formatProblem(onB)).toBe(
      'content/experiences/2026-02-01-b-1.yaml:12:11 questions[1].text: looks like “Write a function to reverse a linked list.” (reported 2 times, /questions/write-a-function-to-reverse-a-linked-list/); the site merges them — use that wording if you mean the same question',
    );
    expect(onB.lookAlike).toEqual({
      text: 'Write a function to reverse a linked list.',
      slug: 'write-a-function-to-reverse-a-linked-list',
      reports: 2,
      merges: true,
    });
    // The same wording elsewhere (letter case aside) is one question already: nothing to say of a or c.
    expect(notices.map((notice) => notice.file)).toEqual(['content/experiences/2026-02-01-b-1.yaml']);
  });

  it('compares a file with the others only: it never looks like itself or like a question of its own file', () => {
    expect(
      questionNotices([experience('2026-01-01-a-1', '2026-01-01', ['Write a function to reverse a linked list.', 'Reverse a linked list'])]),
    ).toEqual([]);
    expect(
      questionNotices([
        experience('2026-01-01-a-1', '2026-01-01', ['Reverse a linked list']),
        experience('2026-01-02-b-1', '2026-01-02', ['Reverse a linked list!']),
      ]),
    ).toEqual([]);
  });

  it('tells each of two files the wording the site would show without it', () => {
    // a's wording is the one the site shows; had b come first, it would be b's. Either may be the new file.
    const notices = questionNotices([
      experience('2026-01-01-a-1', '2026-01-01', ['Write a function to reverse a linked list.']),
      experience('2026-02-01-b-1', '2026-02-01', ['Reverse a linked list']),
    ]);
    expect(notices.map((notice) => [notice.file, notice.lookAlike.text, notice.lookAlike.reports])).toEqual([
      ['content/experiences/2026-01-01-a-1.yaml', 'Reverse a linked list', 1],
      ['content/experiences/2026-02-01-b-1.yaml', 'Write a function to reverse a linked list.', 1],
    ]);
  });

  it('offers a question that is only alike, and says the two are counted apart', () => {
    const notices = questionNotices([
      experience('2026-01-01-a-1', '2026-01-01', ['How do you measure customer satisfaction?']),
      experience('2026-02-01-b-1', '2026-02-01', ['How do you improve customer satisfaction?', 'Design a URL shortener.']),
    ]);
    expect(lines(notices)).toEqual([
      'content/experiences/2026-01-01-a-1.yaml:10:11 questions[0].text: looks like “How do you improve customer satisfaction?” (reported once, /questions/how-do-you-improve-customer-satisfaction/); if you mean the same question, use its wording so the two are counted together',
      'content/experiences/2026-02-01-b-1.yaml:10:11 questions[0].text: looks like “How do you measure customer satisfaction?” (reported once, /questions/how-do-you-measure-customer-satisfaction/); if you mean the same question, use its wording so the two are counted together',
    ]);
    expect(notices.every((notice) => !notice.lookAlike.merges)).toBe(true);
  });

  it('says nothing of questions unlike any other file’s', () => {
    expect(
      questionNotices([
        experience('2026-01-01-a-1', '2026-01-01', ['Reverse a linked list.', 'Why fintech?']),
        experience('2026-02-01-b-1', '2026-02-01', ['Detect a cycle in a graph.', 'What is fintech?', 'Describe your sales process.']),
      ]),
    ).toEqual([]);
  });

  it("compares the guide's example questions too, and links them by their id", () => {
    const notices = questionNotices([
      experience('2026-01-01-a-1', '2026-01-01', ['How would you design a scalable banking API?']),
      guide([{ id: 'scalable-banking-api', text: 'Explain how you would design a scalable API for a banking application.' }]),
    ]);
    expect(lines(notices)).toEqual([
      expect.stringMatching(
        /^content\/example-questions\.yaml:2:9 \[0\]\.text: looks like “How would you design a scalable banking API\?” \(reported once, /,
      ),
      'content/experiences/2026-01-01-a-1.yaml:10:11 questions[0].text: looks like “Explain how you would design a scalable API for a banking application.” (reported once, /questions/scalable-banking-api/); the site merges them — use that wording if you mean the same question',
    ]);
  });

  it("follows the maintainers' merges: a forced merge is told as merged, a pair kept apart only as alike", () => {
    const files = [
      experience('2026-01-01-a-1', '2026-01-01', ['Describe a challenging bug you fixed in your previous role.', 'How do you ensure code quality?']),
      experience('2026-02-01-b-1', '2026-02-01', [
        'Describe a challenging bug you fixed in a previous job.',
        'How do you ensure code quality in your projects?',
      ]),
    ];
    const onB = (merges?: { merge: string[][]; keepApart: string[][] }) =>
      questionNotices(files, merges)
        .filter((notice) => notice.file.includes('-b-'))
        .map((notice) => [notice.field, notice.lookAlike.merges]);
    expect(onB()).toEqual([
      ['questions[0].text', false],
      ['questions[1].text', true],
    ]);
    expect(
      onB({
        merge: [['Describe a challenging bug you fixed in your previous role.', 'Describe a challenging bug you fixed in a previous job.']],
        keepApart: [['How do you ensure code quality?', 'How do you ensure code quality in your projects?']],
      }),
    ).toEqual([
      ['questions[0].text', true],
      ['questions[1].text', false],
    ]);
  });

  it('counts the reports of the other files only', () => {
    const notices = questionNotices([
      experience('2026-01-01-a-1', '2026-01-01', ['Reverse a linked list']),
      experience('2026-01-02-b-1', '2026-01-02', ['Reverse a linked list']),
      experience('2026-01-03-c-1', '2026-01-03', ['Reverse a linked list in place', 'reverse the linked list in place']),
    ]);
    // a and b share their wording with each other, so only c is told: of a and b's question, reported twice.
    expect(notices.map((notice) => [notice.file, notice.lookAlike.text, notice.lookAlike.reports])).toEqual([
      ['content/experiences/2026-01-03-c-1.yaml', 'Reverse a linked list', 2],
      ['content/experiences/2026-01-03-c-1.yaml', 'Reverse a linked list', 2],
    ]);
  });
});

describe('noticeMessage', () => {
  it('says once, twice as 2 times, and where the question is', () => {
    expect(noticeMessage({ text: 'Why us?', slug: 'why-us', reports: 1, merges: false })).toBe(
      'looks like “Why us?” (reported once, /questions/why-us/); if you mean the same question, use its wording so the two are counted together',
    );
    expect(noticeMessage({ text: 'Why us?', slug: 'why-us', reports: 2, merges: true })).toMatch(/^looks like “Why us\?” \(reported 2 times, /);
  });
});

describe('limitNotices', () => {
  const notice = (file: string, line: number): QuestionNotice => ({
    file,
    line,
    field: 'questions[0].text',
    text: 'x',
    lookAlike: { text: 'y', slug: 'y', reports: 1, merges: false },
    message: 'm',
  });
  const many = (file: string, count: number) => Array.from({ length: count }, (_, index) => notice(file, index + 1));

  it('keeps everything within the limits, sorted by file and line', () => {
    const notices = [notice('b.yaml', 3), notice('a.yaml', 9), notice('b.yaml', 1)];
    expect(limitNotices(notices)).toEqual({ shown: [notices[1], notices[2], notices[0]], hidden: 0, hiddenFiles: 0 });
  });

  it('prints at most a few of one file and so many in all, those of the files changed last first', () => {
    const notices = [...many('old.yaml', 4), ...many('new.yaml', 8), ...many('mid.yaml', 2)];
    const recency = (file: string) => ({ 'old.yaml': 1, 'mid.yaml': 2, 'new.yaml': 3 })[file]!;
    const { shown, hidden, hiddenFiles } = limitNotices(notices, { perFile: 5, total: 8 }, recency);
    expect(shown.map((item) => `${item.file}:${item.line}`)).toEqual([
      'mid.yaml:1',
      'mid.yaml:2',
      'new.yaml:1',
      'new.yaml:2',
      'new.yaml:3',
      'new.yaml:4',
      'new.yaml:5',
      'old.yaml:1',
    ]);
    expect([hidden, hiddenFiles]).toEqual([6, 2]);
    expect(limitNotices(notices, { perFile: Infinity, total: Infinity }).hidden).toBe(0);
  });
});

describe('what new:experience offers', () => {
  const bank = questionBankOfFiles([
    experience('2026-01-01-a-1', '2026-01-01', ['Write a function to reverse a linked list.', 'How do you measure customer satisfaction?']),
    experience('2026-01-02-b-1', '2026-01-02', ['Reverse a linked list']),
  ]);

  it('builds the bank the site builds, merged', () => {
    expect(bank.map((question) => [question.text, question.sources.length])).toEqual([
      ['Write a function to reverse a linked list.', 2],
      ['How do you measure customer satisfaction?', 1],
    ]);
  });

  it('offers the wording the site merges a question into, yes by default', () => {
    const found = lookAlikes(bank, 'Please reverse a linked list');
    const offer = lookAlikeOffer(found);
    expect(offer.lines).toBe(
      '  This looks like a question already reported:\n    1. “Write a function to reverse a linked list.” (reported 2 times; the site merges yours into it)',
    );
    expect(offer.prompt).toContain('[Y/n]');
    expect(chosenWording('', found, offer.defaultYes)).toBe('Write a function to reverse a linked list.');
    expect(chosenWording('n', found, offer.defaultYes)).toBeUndefined();
    expect(chosenWording('maybe', found, offer.defaultYes)).toBeNull();
  });

  it('offers a question only alike, no by default, and any of several by its number', () => {
    const alike = buildQuestionBank(
      [],
      [
        {
          id: 'a',
          role: '',
          department: '',
          date: '2026-01-01',
          questions: [{ text: 'How do you measure customer satisfaction?' }, { text: 'How do you improve customer retention?' }],
        },
      ],
    );
    const found = lookAlikes(alike, 'How do you improve customer satisfaction?');
    const offer = lookAlikeOffer(found);
    expect(found).toHaveLength(2);
    expect(offer.prompt).toContain('[y/N, or the number of another]');
    expect(chosenWording('', found, offer.defaultYes)).toBeUndefined();
    expect(chosenWording('Y', found, offer.defaultYes)).toBe(found[0].question.text);
    expect(chosenWording('2', found, offer.defaultYes)).toBe(found[1].question.text);
    expect(chosenWording('3', found, offer.defaultYes)).toBeNull();
  });
});
