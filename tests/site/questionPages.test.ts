/**
 * A page per question on the real build: every question the guide or a candidate reports has one, with its
 * reports, the guide's advice (labelled as such) and related questions, and the bank, the role pages and the
 * experiences link to it. The bank's export (`/api/questions.json`) says which questions the build merged.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { monthsBefore } from '../../src/lib/questionPage';
import { builtSite } from '../support/buildSites';
import { loadContent } from '../support/content';
import { htmlText, readPage, squash } from '../support/html';

const content = loadContent();
const dir = builtSite('root').dir;

interface ExportedQuestion {
  slug: string;
  anchor: string;
  text: string;
  wordings: string[];
  category?: string;
  departments: string[];
  sources: ({ kind: 'guide' } | { kind: 'experience'; id: string; date: string })[];
  lastReported?: string;
  url: string;
}
const bank = (JSON.parse(readFileSync(resolve(dir, 'api/questions.json'), 'utf8')) as { questions: ExportedQuestion[] }).questions;
const pageOf = (question: ExportedQuestion) => readPage(dir, new URL(question.url).pathname);
const section = (html: string, id: string) => html.match(new RegExp(`<section aria-labelledby="${id}"[\\s\\S]*?</section>`))?.[0] ?? '';

describe('a page per question', () => {
  const reported = [
    ...content.exampleQuestions.map((question) => question.text),
    ...content.experiences.flatMap(({ data }) => data.questions.map((question) => question.text)),
  ];

  it('exists for every question of the guide and of every experience, at /questions/<slug>/', () => {
    for (const text of reported) {
      const question = bank.find((entry) => entry.wordings.includes(text));
      expect(question, text).toBeDefined();
      expect(new URL(question!.url).pathname).toBe(`/questions/${question!.slug}/`);
      expect(existsSync(resolve(dir, `questions/${question!.slug}/index.html`)), question!.slug).toBe(true);
    }
    expect(new Set(bank.map((question) => question.slug)).size).toBe(bank.length);
  });

  it('keeps the guide’s ids as the addresses of its example questions', () => {
    for (const example of content.exampleQuestions) expect(bank.find((entry) => entry.wordings.includes(example.text))?.slug).toBe(example.id);
  });

  it.each(bank.map((question) => [question.slug, question] as const))('%s: the question, its reports and how to approach it', (_, question) => {
    const html = pageOf(question);
    expect(squash(htmlText(html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)![1]))).toBe(question.text);
    expect(html).toMatch(/<title>[^<]*<\/title>/);

    const reports = section(html, 'reports');
    for (const source of question.sources) {
      if (source.kind === 'experience') expect(reports).toContain(`href="/experiences/${source.id}/"`);
      else expect(reports).toContain('href="/guide/');
    }
    const advice = htmlText(section(html, 'approach'));
    expect(advice).toContain('How to approach it');
    expect(advice).toContain("The guide's advice");
    expect(advice).toContain('What the interviewer is looking for');
    expect(advice).toMatch(/For this question|For any .* question/);

    for (const link of section(html, 'related').matchAll(/href="(\/questions\/[^"#]+\/)"/g)) {
      expect(existsSync(resolve(dir, `${link[1].slice(1)}index.html`)), link[1]).toBe(true);
      expect(link[1]).not.toBe(new URL(question.url).pathname);
    }
  });

  it('is a search result of type Question; the bank overview is not one', () => {
    const question = pageOf(bank[0]);
    expect(question).toContain('data-pagefind-body');
    expect(question).toContain('data-pagefind-filter="type:Question"');
    expect(readPage(dir, '/questions/')).not.toContain('data-pagefind-body');
    expect(readPage(dir, '/questions/recent/')).not.toContain('data-pagefind-body');
  });
});

describe('the bank and the pages that list questions', () => {
  it('links every question to its page and keeps each old anchor on the bank', () => {
    const html = readPage(dir, '/questions/');
    for (const question of bank) {
      expect(html).toContain(`id="${question.anchor}"`);
      expect(html).toContain(`href="/questions/${question.slug}/"`);
    }
  });

  it('links an experience’s questions and the guide’s examples to their pages', () => {
    for (const { id, data } of content.experiences) {
      const html = readPage(dir, `/experiences/${id}/`);
      for (const asked of data.questions)
        expect(html).toContain(`href="/questions/${bank.find((entry) => entry.wordings.includes(asked.text))!.slug}/"`);
    }
    const guide = readPage(dir, '/guide/reported-questions/');
    for (const example of content.exampleQuestions) expect(guide).toContain(`href="/questions/${example.id}/"`);
  });

  it('files the guide’s examples under their departments, so a role page lists them', () => {
    for (const example of content.exampleQuestions) {
      for (const department of example.departments ?? []) {
        expect(readPage(dir, `/roles/${department}/`), `${example.id} on ${department}`).toContain(`href="/questions/${example.id}/"`);
      }
    }
    expect(content.exampleQuestions.some((example) => example.departments?.length)).toBe(true);
  });

  it('lists the questions reported in the 12 months before the build, newest first, on /questions/recent/', () => {
    const html = readPage(dir, '/questions/recent/');
    const built = html.match(/and\s*<time datetime="(\d{4}-\d{2}-\d{2})"/)![1];
    const recent = bank.filter((question) => question.lastReported && question.lastReported >= monthsBefore(built, 12));
    const listed = [...html.matchAll(/<li>\s*<a href="\/questions\/([^"]+)\/"/g)].map((match) => match[1]);
    expect(listed.sort()).toEqual(recent.map((question) => question.slug).sort());
    const dates = [...html.matchAll(/last reported\s*<time datetime="([^"]+)"/g)].map((match) => match[1]);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
