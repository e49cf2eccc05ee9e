import { describe, expect, it } from 'vitest';
import { formatRange } from '../../src/lib/format';
import { NOT_REPORTED } from '../../src/lib/labels';
import { buildQuestionBank } from '../../src/lib/questionBank';
import { difficultyDistribution, outcomeMix, roundsSummary } from '../../src/lib/stats';
import { answeredPhrase, answersSentence, experiencesSentence, roundsSentence } from '../../src/lib/statsText';
import { builtSite } from '../support/buildSites';
import { loadContent } from '../support/content';
import { htmlText, readPage } from '../support/html';
import { block } from '../support/statsFigures';

const content = loadContent();
const { dir, siteUrl } = builtSite('root');
const page = (path: string) => readPage(dir, path);
const text = (path: string) => htmlText(page(path));

describe('home page', () => {
  it('shows the process at a glance: the steps in order with the typical length, and the interview types', () => {
    const home = text('/');
    let last = -1;
    for (const step of content.hiringSteps) {
      const position = home.indexOf(step.name, last + 1);
      expect(position, step.name).toBeGreaterThan(last);
      last = position;
    }
    const weeks = content.company.hiringWeeks!;
    expect(home).toContain(`Typically ${weeks.min}–${weeks.max} weeks from application to offer`);
    for (const stage of content.interviewStages) expect(home).toContain(stage.name);
  });

  it('gives its key figures as sentences that say how many answered, computed from the content', () => {
    const html = page('/');
    const figures = htmlText(block(html, 'aria-labelledby', 'figures'));
    const experiences = content.experiences.map(({ data }) => data);
    expect(figures).toContain(`Experiences shared ${experiencesSentence(experiences.length)}`);
    expect(figures).toContain(`Interview rounds ${roundsSentence(roundsSummary(experiences))}`);
    expect(figures).toContain(`Difficulty ${answersSentence(difficultyDistribution(experiences), answeredPhrase.difficulty)}`);
    expect(figures).toContain(`Outcomes ${answersSentence(outcomeMix(experiences), answeredPhrase.result)}`);
    const difficulty = experiences.filter((experience) => experience.difficulty).length;
    expect(figures).toContain(
      difficulty ? `${difficulty} of ${experiences.length} rated the difficulty` : 'No candidate has rated the difficulty yet',
    );
    expect(figures).toContain('a small sample');
    // What candidates left out is never a figure.
    expect(figures).not.toContain(NOT_REPORTED);
  });

  it('calls its questions "Recently reported" until one is reported twice', () => {
    const home = text('/');
    const bank = buildQuestionBank(
      content.exampleQuestions,
      content.experiences.map(({ id, data }) => ({ id, role: data.role, department: data.department, date: data.date, questions: data.questions })),
    );
    const repeated = bank.some((question) => question.sources.length > 1);
    expect(home).toContain(repeated ? 'Most reported questions' : 'Recently reported');
    expect(home).not.toContain(repeated ? 'Recently reported' : 'Most reported questions');
  });

  it('shows the latest experiences, the most reported questions, the salary overview and entry points', () => {
    const html = page('/');
    const home = htmlText(html);
    const newest = [...content.experiences].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id)).slice(0, 3);
    for (const { id } of newest) expect(html).toContain(`href="/experiences/${id}/"`);
    expect(html).toMatch(/href="\/questions\/[a-z0-9-]+\/"/);
    for (const band of content.salaries.bands) expect(home).toContain(`${band.role} ${formatRange(band.min, band.max, band.currency)}`);
    for (const href of ['/guide/', '/guide/print/', '/roles/', '/stats/', '/search/']) expect(html).toContain(`href="${href}"`);
  });
});

describe('guide pages', () => {
  it('give reading time, last update, an edit link, a table of contents and previous/next links', () => {
    const sections = [...content.guide].sort((a, b) => (a.raw as { order: number }).order - (b.raw as { order: number }).order);
    sections.forEach((section, index) => {
      const html = page(`/guide/${section.id}/`);
      expect(htmlText(html)).toMatch(/\d+ minutes? to read · Updated \d{1,2} \w{3} \d{4}/);
      expect(html).toContain(`href="${content.company.repository}/edit/${content.company.branch}/content/guide/${section.id}.mdx"`);
      const headings = section.body.match(/^## .+$/gm) ?? [];
      if (headings.length > 1) expect(html).toContain('data-toc');
      if (index > 0) expect(html).toContain(`href="/guide/${sections[index - 1].id}/" rel="prev"`);
      if (index < sections.length - 1) expect(html).toContain(`href="/guide/${sections[index + 1].id}/" rel="next"`);
    });
  });

  it('lists the questions of the categories a section names, linked to the question bank', () => {
    const section = content.guide.find((entry) => ((entry.raw as { categories?: string[] }).categories ?? []).includes('coding'))!;
    const html = page(`/guide/${section.id}/`);
    const coding = content.experiences.flatMap(({ data }) => data.questions).find((question) => question.category === 'coding')!;
    expect(htmlText(html)).toContain(coding.text);
  });

  it('offers the whole guide on one printable page, every section in order', () => {
    const print = text('/guide/print/');
    const titles = [...content.guide]
      .sort((a, b) => (a.raw as { order: number }).order - (b.raw as { order: number }).order)
      .map((section) => (section.raw as { title: string }).title);
    // Past the table of contents, the section headings come in reading order.
    let last = print.indexOf(titles.at(-1)!);
    for (const title of titles) {
      const position = print.indexOf(title, last + 1);
      expect(position, title).toBeGreaterThan(last);
      last = position;
    }
    for (const step of content.hiringSteps) expect(print).toContain(step.description.replace(/\s+/g, ' '));
    for (const entry of content.faq) expect(print).toContain(entry.question);
  });
});

describe('head tags', () => {
  it('give every page a canonical URL, Open Graph and Twitter cards', () => {
    for (const path of ['/', '/guide/culture/', '/experiences/', '/questions/', '/faq/']) {
      const html = page(path);
      expect(html, path).toContain(`<link rel="canonical" href="${new URL(path, siteUrl).href}"`);
      expect(html, path).toContain('property="og:title"');
      expect(html, path).toContain(`property="og:image" content="${new URL('/og.png', siteUrl).href}"`);
      expect(html, path).toContain('name="twitter:card" content="summary_large_image"');
    }
  });

  it('describe the FAQ as FAQPage and guide sections as Article in JSON-LD', () => {
    const jsonLd = (path: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page(path))![1]);
    const faq = jsonLd('/faq/');
    expect(faq['@type']).toBe('FAQPage');
    expect(faq.mainEntity.map((entry: { name: string }) => entry.name)).toEqual(content.faq.map((entry) => entry.question));
    const article = jsonLd('/guide/culture/');
    expect(article['@type']).toBe('Article');
    expect(article.headline).toBe((content.guide.find((section) => section.id === 'culture')!.raw as { title: string }).title);
  });
});
