import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { storyExcerpt } from '../../src/lib/experienceCard';
import { experienceFields } from '../../src/lib/experienceFields';
import { formatRange, plural } from '../../src/lib/format';
import { difficultyLabels, resultLabels } from '../../src/lib/labels';
import { projectRoot } from '../support/astroBuild';
import { builtSite } from '../support/buildSites';
import { loadContent } from '../support/content';
import { describeWhere } from '../support/describeWhere';
import { htmlFiles, htmlText, readPage, squash } from '../support/html';

const content = loadContent();
const dir = builtSite('root').dir;
let guideText: string;
const text = (urlPath: string) => htmlText(readPage(dir, urlPath));

beforeAll(() => {
  guideText = content.guide.map((section) => text(`/guide/${section.id}/`)).join(' ');
});

describe('the built site', () => {
  it('has every page the navigation promises', () => {
    const pages = htmlFiles(dir);
    for (const page of [
      'index.html',
      '404.html',
      'guide/index.html',
      'experiences/index.html',
      'questions/index.html',
      'salaries/index.html',
      'faq/index.html',
    ]) {
      expect(pages).toContain(page);
    }
  });

  it('has a page per guide section, with its title, linked in reading order', () => {
    const sections = [...content.guide].sort((a, b) => (a.raw as { order: number }).order - (b.raw as { order: number }).order);
    const index = readPage(dir, '/guide/');
    let last = -1;
    for (const section of sections) {
      const title = (section.raw as { title: string }).title;
      expect(text(`/guide/${section.id}/`)).toContain(title);
      const position = index.indexOf(`href="/guide/${section.id}/"`);
      expect(position, section.id).toBeGreaterThan(last);
      last = position;
    }
  });

  it('renders every hiring step, interview stage, department and preparation tip in the guide, in order', () => {
    for (const list of [content.hiringSteps, content.interviewStages, content.preparationTips]) {
      const page = content.guide.map((section) => text(`/guide/${section.id}/`)).find((page) => list.every((item) => page.includes(item.name)));
      expect(page, `a guide section that shows all of ${list[0].name}…`).toBeDefined();
      let last = -1;
      for (const item of list) {
        const position = page!.indexOf(item.name, last + 1);
        expect(position, item.name).toBeGreaterThan(last);
        last = position;
        expect(page).toContain(squash('description' in item ? item.description : item.advice));
      }
    }
    for (const department of content.departments) {
      expect(guideText).toContain(department.name);
      expect(guideText).toContain(department.description);
      for (const role of department.roles) expect(guideText).toContain(role);
    }
  });

  it('shows every salary row on the salaries page and in the guide', () => {
    const salaries = text('/salaries/');
    for (const band of content.salaries.bands) {
      const range = formatRange(band.min, band.max, band.currency);
      for (const page of [salaries, guideText]) {
        expect(page).toContain(band.role);
        expect(page).toContain(range);
      }
      if (band.note) expect(salaries).toContain(band.note);
    }
    expect(salaries).toContain(squash(content.salaries.note));
  });

  it('shows every comparison cell under its employer and aspect', () => {
    const html = readPage(dir, '/guide/employer-comparison/');
    for (const employer of content.comparison.employers) expect(htmlText(html)).toContain(employer.name);
    for (const row of content.comparison.aspects) {
      const rowHtml = new RegExp(`<tr[^>]*>\\s*<th[^>]*>${row.aspect}</th>([\\s\\S]*?)</tr>`).exec(html)?.[1] ?? '';
      const cells = [...rowHtml.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((match) => htmlText(match[1]));
      expect(cells).toEqual(content.comparison.employers.map((employer) => row.cells[employer.id]));
    }
  });

  it('answers every FAQ entry, with a link to ask a new question in the issue tracker', () => {
    const faq = text('/faq/');
    for (const entry of content.faq) {
      expect(faq).toContain(entry.question);
      expect(faq).toContain(squash(entry.answer));
    }
    expect(readPage(dir, '/faq/')).toContain(`href="${content.company.repository}/issues/new`);
    expect(readPage(dir, '/guide/faq/')).toContain(`href="${content.company.repository}/issues/new`);
  });

  it('has a page per experience with every field, and "Not reported" for what was left out', () => {
    const list = text('/experiences/');
    for (const { id, data } of content.experiences) {
      const page = text(`/experiences/${id}/`);
      expect(list).toContain(data.role);
      expect(page).toContain(data.role);
      expect(page).toContain(data.name ?? 'Anonymous');
      expect(page).toContain(`Interview rounds ${plural(data.rounds, 'round')}`);
      for (const question of data.questions) expect(page).toContain(question.text);
      for (const round of data.timeline ?? []) expect(page).toContain(round.name);
      if (data.advice) expect(page).toContain(squash(data.advice));
      expect(page).toContain(squash(data.story));
      expect(page).toMatch(data.difficulty ? /Difficulty (Easy|Medium|Hard)/ : /Difficulty Not reported/);
      expect(page).toMatch(data.result ? /Result (?!Not reported)/ : /Result Not reported/);
      // The optional fields a candidate left out say so, never a guess; how an offer went only where one could have been made.
      for (const key of ['sentiment', 'duration', 'location', 'format'] as const)
        if (data[key] === undefined) expect(page).toContain(`${experienceFields[key].label} Not reported`);
      if (data.result && !['offer', 'offer-accepted', 'offer-declined'].includes(data.result))
        expect(page).not.toMatch(/\bOffer (Not reported|Negotiated)/);
    }
  });

  it('lists every experience as a card: result and difficulty as badges when reported, and the opening of the story', () => {
    const html = readPage(dir, '/experiences/');
    for (const { id, data } of content.experiences) {
      const card = htmlText([...html.matchAll(/<article[\s\S]*?<\/article>/g)].find((match) => match[0].includes(`href="/experiences/${id}/"`))![0]);
      expect(card).toContain(data.role);
      expect(card).not.toContain('Not reported');
      if (data.result) expect(card).toContain(`Result: ${resultLabels[data.result]}`);
      else expect(card).not.toContain('Result:');
      if (data.difficulty) expect(card).toContain(`Difficulty: ${difficultyLabels[data.difficulty]}`);
      else expect(card).not.toContain('Difficulty:');
      expect(card).toContain(storyExcerpt(data.story));
      expect(card).toContain(plural(data.rounds, 'round'));
    }
    expect(html).toContain('line-clamp-2');
  });

  it('lists every reported question in the question bank, each with an anchor and a link to its own page', () => {
    const html = readPage(dir, '/questions/');
    const bank = htmlText(html);
    const questions = [
      ...content.exampleQuestions.map((question) => question.text),
      ...content.experiences.flatMap(({ data }) => data.questions.map((q) => q.text)),
    ];
    for (const question of questions) expect(bank).toContain(question);
    const entries = [...html.matchAll(/<h3 id="([^"]+)"[^>]*>\s*<a href="\/questions\/([^"/]+)\/">/g)];
    expect(new Set(entries.map((entry) => entry[1])).size).toBe(questions.length);
    for (const [, , slug] of entries) expect(existsSync(resolve(dir, 'questions', slug, 'index.html')), slug).toBe(true);
    const links = [...readPage(dir, '/guide/reported-questions/').matchAll(/href="\/questions\/([^"#/]+)\/"/g)].map((match) => match[1]);
    for (const example of content.exampleQuestions) expect(links).toContain(example.id);
    for (const slug of links) expect(entries.map((entry) => entry[2])).toContain(slug);
  });

  it('is readable without JavaScript: scripts only enhance and never block rendering', () => {
    for (const page of htmlFiles(dir)) {
      const html = readFileSync(resolve(dir, page), 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      for (const [, attributes, body] of scripts) {
        // Deferred modules, JSON data, or the tiny inline theme script that must run before first paint.
        const allowed =
          /type="module"/.test(attributes) || /type="application\/ld\+json"/.test(attributes) || body.includes("localStorage.getItem('theme')");
        expect(allowed, `${page}: ${attributes} ${body.slice(0, 80)}`).toBe(true);
      }
    }
  });
});

// The source article lives outside the repository, beside it; check it against the site word for word.
const seedFile = resolve(projectRoot, '../shared/seed/000_49c7c5a202ec825e.txt');
describeWhere(
  existsSync(seedFile),
  'coverage of the source article',
  `the source article is not at ${seedFile} (it is kept beside the repository, in ../shared/seed/)`,
)(() => {
  const seed = existsSync(seedFile) ? readFileSync(seedFile, 'utf8') : '';
  const allText = () =>
    htmlFiles(dir)
      .map((page) => htmlText(readFileSync(resolve(dir, page), 'utf8')))
      .join(' ');

  it('carries every reported question over exactly', () => {
    const questions = [...seed.matchAll(/^- “?(.+?\?|.+?\.)”?$/gm)].map((match) => match[1]).filter((line) => !line.includes(':'));
    expect(questions.length).toBe(25);
    const bank = text('/questions/');
    for (const question of questions) expect(bank).toContain(question);
  });

  it('gives every question the article reports a page with the guide’s own note on it', () => {
    const questions = [...seed.matchAll(/^- “?(.+?\?|.+?\.)”?$/gm)].map((match) => match[1]).filter((line) => !line.includes(':'));
    const bankHtml = readPage(dir, '/questions/');
    for (const question of questions) {
      const entry = [...bankHtml.matchAll(/<a href="(\/questions\/[^"#]+\/)">([^<]*)<\/a>/g)].find((match) => htmlText(match[2]) === question);
      expect(entry, question).toBeDefined();
      const advice = htmlText(readPage(dir, entry![1]).match(/<section aria-labelledby="approach"[\s\S]*?<\/section>/)?.[0] ?? '');
      expect(advice, question).toContain('For this question');
      expect(advice, question).toContain("The guide's advice");
    }
  });

  it('carries every table cell over exactly', () => {
    const site = allText();
    const rows = seed.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Role') && !line.startsWith('| Aspect'));
    expect(rows.length).toBe(11);
    for (const row of rows) {
      const cells = row
        .split('|')
        .map((cell) => cell.trim())
        .filter(Boolean);
      if (cells.length === 2) {
        // Salary rows: "€40,000 - €55,000 annually (plus commission)".
        const [, min, max, note] = /(€[\d,]+) - (€[\d,]+) annually(?: \((.+)\))?/.exec(cells[1]) ?? [];
        expect(site).toContain(cells[0]);
        expect(site).toContain(`${min} – ${max} per year`);
        if (note) expect(site).toContain(note);
      } else {
        for (const cell of cells) expect(site).toContain(cell);
      }
    }
  });

  it('names every candidate and every FAQ question', () => {
    const site = allText();
    for (const [, name] of seed.matchAll(/^Candidate: (.+)$/gm)) expect(site).toContain(name);
    const faqStart = seed.indexOf('Frequently Asked Questions');
    const faqQuestions = seed
      .slice(faqStart, seed.indexOf('Final Perspective'))
      .split('\n')
      .filter((line) => line.endsWith('?'));
    expect(faqQuestions.length).toBe(5);
    for (const question of faqQuestions) expect(site).toContain(question);
  });
});
