import { describe, expect, it } from 'vitest';
import { buildQuestionBank, lookAlikes, questionSlug } from '../../src/lib/questionBank';
import { isNearDuplicate, MERGE_THRESHOLD, questionWords, wordSimilarity } from '../../src/lib/questionSimilarity';

const near = (a: string, b: string) => isNearDuplicate(questionWords(a), questionWords(b));
const report = (id: string, date: string, texts: string[]) => ({
  id,
  date,
  role: 'Engineer',
  department: 'dept',
  questions: texts.map((text) => ({ text })),
});

describe('questionWords', () => {
  it('keeps the stemmed subject of a question and drops how it is framed', () => {
    expect(questionWords('Write a function to reverse a linked list.')).toEqual(['function', 'revers', 'link', 'list']);
    expect(questionWords('Tell me about a time you improved customer retention.')).toEqual(['improv', 'custom', 'retent']);
    expect(questionWords('What’s your experience with C++ and C#?')).toEqual(['c++', 'c#']);
  });
});

describe('the near-duplicate rule', () => {
  // Each pair is one question reworded: the bank must merge it.
  it.each([
    ['Write a function to reverse a linked list.', 'Reverse a linked list'],
    ['Tell us about a time you improved customer retention.', 'How did you improve customer retention?'],
    ['How do you ensure code quality in your projects?', 'How do you ensure code quality?'],
    ['How do you prioritize product features?', 'How would you prioritize features of a product?'],
    ['Explain the difference between REST and SOAP APIs.', 'What is the difference between SOAP and REST APIs?'],
    ['What salary do you expect?', 'What are your salary expectations?'],
    ['Describe your experience with CRM tools.', 'What experience do you have with CRM tools?'],
  ])('merges “%s” and “%s”', (a, b) => {
    expect(near(a, b)).toBe(true);
  });

  // Near misses: alike in words, different questions. One swapped word is usually the whole point.
  it.each([
    ['Explain the difference between REST and SOAP APIs.', 'Explain the difference between REST and GraphQL APIs.'],
    ['Reverse a linked list.', 'Detect a cycle in a linked list.'],
    ['How do you measure customer satisfaction?', 'How do you improve customer satisfaction?'],
    ['How do you prioritize product features?', 'How do you prioritize conflicting deadlines?'],
    ['Describe your sales process.', 'Describe your hiring process.'],
    ['Why fintech?', 'What is fintech?'],
    ['Describe a challenging bug you fixed in your previous role.', 'Describe a challenging bug you fixed in a previous job.'],
  ])('keeps “%s” and “%s” apart', (a, b) => {
    expect(near(a, b)).toBe(false);
  });

  it('merges at the threshold and not below it', () => {
    expect(wordSimilarity(['a', 'b', 'c'], ['a', 'b', 'c', 'd']).similarity).toBe(MERGE_THRESHOLD);
    expect(isNearDuplicate(['a', 'b', 'c'], ['a', 'b', 'c', 'd'])).toBe(true);
    expect(isNearDuplicate(['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'e'])).toBe(false);
  });
});

describe('merging in the bank', () => {
  it('files a rewording under the question first reported, in any order of reports', () => {
    const bank = buildQuestionBank(
      [],
      [report('a', '2026-01-01', ['Write a function to reverse a linked list.']), report('b', '2026-02-01', ['Reverse a linked list'])],
    );
    expect(bank).toHaveLength(1);
    expect(bank[0].wordings).toEqual(['Write a function to reverse a linked list.', 'Reverse a linked list']);
    expect(bank[0].firstReported).toBe('2026-01-01');
    expect(bank[0].lastReported).toBe('2026-02-01');
  });

  it('merges what the maintainers merge, and keeps apart what they keep apart', () => {
    const experiences = [
      report('a', '2026-01-01', ['Describe a challenging bug you fixed in your previous role.', 'How do you ensure code quality?']),
      report('b', '2026-02-01', ['Describe a challenging bug you fixed in a previous job.', 'How do you ensure code quality in your projects?']),
    ];
    expect(buildQuestionBank([], experiences)).toHaveLength(3);
    const bank = buildQuestionBank([], experiences, {
      merge: [['describe a challenging bug you fixed in a previous job', 'Describe a challenging bug you fixed in your previous role.']],
      keepApart: [['How do you ensure code quality?', 'How do you ensure code quality in your projects?']],
    });
    expect(bank.map((question) => question.wordings.length)).toEqual([2, 1, 1]);
  });

  it('gives each question a slug of its own wording, whatever else the bank holds', () => {
    const alone = buildQuestionBank([], [report('a', '2026-01-01', ['Reverse a linked list'])]);
    const among = buildQuestionBank(
      [{ text: 'Why us?', id: 'why-us' }],
      [report('z', '2025-01-01', ['Design a URL shortener.']), report('a', '2026-01-01', ['Reverse a linked list'])],
    );
    expect(alone[0].slug).toBe('reverse-a-linked-list');
    expect(among.map((question) => question.slug)).toEqual(['why-us', 'design-a-url-shortener', 'reverse-a-linked-list']);
    expect(questionSlug('Reverse a linked list!')).toBe('reverse-a-linked-list');
  });

  it('suffixes a slug that collides or is reserved, and keeps slugs unique', () => {
    const bank = buildQuestionBank([], [report('a', '2026-01-01', ['Recent?', 'C++ or C#?', 'C or C?', '???', '!!!'])]);
    const slugs = bank.map((question) => question.slug);
    expect(new Set(slugs).size).toBe(bank.length);
    expect(slugs[0]).toMatch(/^recent-[0-9a-z]+$/);
    expect(slugs[1]).toBe('c-or-c');
    expect(slugs[2]).toMatch(/^c-or-c-[0-9a-z]+$/);
  });
});

describe('lookAlikes', () => {
  const bank = buildQuestionBank(
    [],
    [report('a', '2026-01-01', ['Write a function to reverse a linked list.', 'How do you measure customer satisfaction?'])],
  );

  it('offers the existing wording a new one would merge into, or nearly would', () => {
    expect(lookAlikes(bank, 'Reverse a linked list')).toMatchObject([
      { question: { text: 'Write a function to reverse a linked list.' }, merges: true },
    ]);
    expect(lookAlikes(bank, 'How do you improve customer satisfaction?')).toMatchObject([
      { question: { text: 'How do you measure customer satisfaction?' }, merges: false },
    ]);
  });

  it('says nothing of a question already in the bank or unlike any', () => {
    expect(lookAlikes(bank, 'write a function to REVERSE a linked list')).toEqual([]);
    expect(lookAlikes(bank, 'Design a URL shortener.')).toEqual([]);
  });
});
