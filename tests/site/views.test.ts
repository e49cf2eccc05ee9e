import { describe, expect, it } from 'vitest';
import { formatRange } from '../../src/lib/format';
import { NOT_REPORTED, channelLabels, difficultyLabels, periodLabels, resultLabels } from '../../src/lib/labels';
import { questionKey } from '../../src/lib/questionBank';
import { applicationChannels, difficulties, results } from '../../src/schemas/experience';
import { builtSite } from '../support/buildSites';
import { loadContent } from '../support/content';
import { htmlFiles, htmlText, readPage, squash } from '../support/html';

/**
 * The reading views and feeds, checked in the built HTML and files (so they hold without JavaScript):
 * /stats/, /roles/<department>/ and /salaries/. (Feeds and exports: feeds.test.ts.)
 * Every expected figure is computed here from the content files.
 */

const content = loadContent();
const experiences = content.experiences.map((entry) => entry.data);
const total = experiences.length;
const dir = builtSite('root').dir;

/** The HTML of the first element that carries an attribute (with this value, when given), up to its closing tag. */
function block(html: string, attribute: string, value?: string, tag = 'section'): string {
  const escaped = value?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const start = html.search(new RegExp(`<${tag}\\b[^>]*\\s${attribute}${value === undefined ? '(?=[\\s>=])' : `="${escaped}"`}`));
  expect(start, `<${tag} ${attribute}${value === undefined ? '' : `="${value}"`}>`).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf(`</${tag}>`, start));
}

/** A table's body rows as [header cell, ...data cells] texts. */
const tableRows = (html: string) =>
  [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)]
    .map((row) => [...row[1].matchAll(/<t([hd])[^>]*>([\s\S]*?)<\/t\1>/g)].map((cell) => htmlText(cell[2])))
    .slice(1);

/** The accessible names of the SVG charts in some HTML, and the row titles inside each. */
const charts = (html: string) =>
  [...html.matchAll(/<svg[^>]*role="img"[^>]*>([\s\S]*?)<\/svg>/g)].map((match) => ({
    name: htmlText(/aria-label="([^"]*)"/.exec(match[0])?.[1] ?? ''),
    titles: [...match[1].matchAll(/<title>([\s\S]*?)<\/title>/g)].map((title) => htmlText(title[1])),
    rects: [...match[1].matchAll(/<rect([^>]*)>/g)].map((rect) => ({
      x: Number(/\bx="([\d.]+)"/.exec(rect[1])?.[1]),
      width: Number(/\bwidth="([\d.]+)"/.exec(rect[1])?.[1]),
    })),
  }));

/** Every accessible table in some HTML has a caption and column headers with a scope. */
function expectAccessibleTables(html: string, where: string) {
  const tables = [...html.matchAll(/<table[\s\S]*?<\/table>/g)].map((match) => match[0]);
  expect(tables.length, where).toBeGreaterThan(0);
  for (const table of tables) {
    expect(table, where).toMatch(/<caption[^>]*>\s*\S/);
    expect(table, where).toMatch(/<th[^>]*scope="col"/);
    expect(table, where).toMatch(/<th[^>]*scope="row"/);
  }
}

describe('/stats/', () => {
  const page = () => readPage(dir, '/stats/');
  const count = <T>(values: T[], value: T) => values.filter((candidate) => candidate === value).length;
  const cases = [
    {
      id: 'difficulty',
      labels: difficultyLabels as Record<string, string>,
      values: difficulties,
      of: experiences.map((e) => e.difficulty as string | undefined),
      optional: true,
    },
    {
      id: 'outcomes',
      labels: resultLabels as Record<string, string>,
      values: results,
      of: experiences.map((e) => e.result as string | undefined),
      optional: true,
    },
    {
      id: 'applied-via',
      labels: channelLabels as Record<string, string>,
      values: applicationChannels,
      of: experiences.map((e) => e.appliedVia as string | undefined),
      optional: false,
    },
  ];

  for (const { id, labels, values, of, optional } of cases) {
    it(`counts ${id} as the content says, "Not reported" included, in a table and a chart`, () => {
      const figure = block(page(), 'data-stats-figure', id);
      const expected = values.map((value) => [labels[value], String(count(of, value))]);
      if (optional) expected.push([NOT_REPORTED, String(count(of, undefined))]);
      expect(tableRows(figure).map((row) => row.slice(0, 2))).toEqual(expected);
      const [chart] = charts(figure);
      expect(chart.name).toContain(expected.map(([label, n]) => `${label} ${n}`).join(', '));
      expect(chart.titles.map((title) => title.replace(/ \(\d+%\)$/, ''))).toEqual(expected.map(([label, n]) => `${label}: ${n}`));
    });
  }

  it('gives the average, fewest and most rounds and how many processes had each count', () => {
    const figure = block(page(), 'data-stats-figure', 'rounds');
    const rounds = experiences.map((experience) => experience.rounds);
    const average = Math.round((rounds.reduce((a, b) => a + b, 0) / total) * 10) / 10;
    expect(htmlText(figure)).toContain(`Average: ${average} Fewest: ${Math.min(...rounds)} Most: ${Math.max(...rounds)}`);
    const rows = tableRows(figure);
    expect(rows.reduce((sum, row) => sum + Number(row[1]), 0)).toBe(total);
    for (const n of new Set(rounds)) expect(rows).toContainEqual([n === 1 ? '1 round' : `${n} rounds`, String(count(rounds, n)), expect.any(String)]);
  });

  it('counts experiences per department, those with none included, linking each role page', () => {
    const figure = block(page(), 'data-stats-figure', 'departments');
    const rows = tableRows(figure);
    for (const department of content.departments) {
      const own = experiences.filter((experience) => experience.department === department.id);
      expect(rows.find((row) => row[0] === department.name)?.[1], department.id).toBe(String(own.length));
      expect(figure).toContain(`href="/roles/${department.id}/"`);
    }
    expect(charts(figure)[0].titles).toEqual(
      content.departments.map((department) => `${department.name}: ${experiences.filter((e) => e.department === department.id).length}`),
    );
  });

  it('pairs every chart with a captioned table and labels a small sample', () => {
    const html = page();
    const figures = [...html.matchAll(/data-stats-figure="([^"]+)"/g)].map((match) => match[1]);
    expect(figures).toEqual(['difficulty', 'outcomes', 'rounds', 'applied-via', 'departments']);
    for (const id of figures) {
      const figure = block(html, 'data-stats-figure', id);
      expect(charts(figure), id).toHaveLength(1);
      expect(charts(figure)[0].name, id).not.toBe('');
      expectAccessibleTables(figure, id);
      const note = `Based on ${total} experience${total === 1 ? '' : 's'}`;
      expect(htmlText(figure)).toContain(total < 10 ? `${note} — a small sample` : note);
      if (total >= 10) expect(htmlText(figure)).not.toContain('a small sample');
    }
  });
});

describe('/roles/', () => {
  const questionsPage = () => readPage(dir, '/questions/');

  it('lists one page per department', () => {
    const index = readPage(dir, '/roles/');
    const pages = htmlFiles(dir).filter((file) => /^roles\/[^/]+\/index\.html$/.test(file));
    expect(pages.sort()).toEqual(content.departments.map((department) => `roles/${department.id}/index.html`).sort());
    for (const department of content.departments) expect(index).toContain(`href="/roles/${department.id}/"`);
  });

  for (const department of content.departments) {
    it(`${department.id}: what it does, its stages, questions, salary, guide sections and experiences`, () => {
      const html = readPage(dir, `/roles/${department.id}/`);
      const text = htmlText(html);
      const own = content.experiences.filter((entry) => entry.data.department === department.id);
      expect(text).toContain(squash(department.description));
      if (department.expectations) expect(text).toContain(squash(department.expectations));
      for (const role of department.roles) expect(text).toContain(role);

      for (const round of own.flatMap((entry) => entry.data.timeline ?? []))
        expect(htmlText(block(html, 'data-role-stages', undefined, 'ol'))).toContain(round.name);

      const links = [...html.matchAll(/<a href="\/questions\/#([^"]+)">([\s\S]*?)<\/a>/g)].map((match) => ({
        anchor: match[1],
        key: questionKey(htmlText(match[2])),
      }));
      for (const question of own.flatMap((entry) => entry.data.questions)) {
        const link = links.find((candidate) => candidate.key === questionKey(question.text));
        expect(link, question.text).toBeDefined();
        expect(questionsPage()).toContain(`id="${link!.anchor}"`);
      }
      if (!own.some((entry) => entry.data.questions.length)) expect(links).toEqual([]);

      const bands = content.salaries.bands.filter((band) => band.department === department.id);
      for (const band of bands) {
        expect(text).toContain(band.role);
        expect(text).toContain(`${formatRange(band.min, band.max, band.currency)} ${periodLabels[band.period]}`);
      }
      if (!bands.length) expect(text).toContain('No salary band reported');

      const guide = block(html, 'data-role-guide', undefined, 'ul');
      expect(guide).toContain('href="/guide/"');
      for (const section of content.guide.filter((s) => ((s.raw as { departments?: string[] }).departments ?? []).includes(department.id))) {
        expect(guide).toContain(`href="/guide/${section.id}/"`);
      }

      for (const entry of own) expect(html).toContain(`href="/experiences/${entry.id}/"`);
      if (!own.length) {
        expect(text).toContain('No experiences reported yet — share yours');
        expect(html).toContain(`href="${content.company.repository.replace(/\/$/, '')}/blob/${content.company.branch}/CONTRIBUTING.md"`);
      }
    });
  }
});

describe('/salaries/', () => {
  it('draws a range bar for every band, on one scale, with currency and period', () => {
    const html = readPage(dir, '/salaries/');
    const text = htmlText(html);
    const bands = content.salaries.bands;
    const all = charts(html);
    const titles = all.flatMap((chart) => chart.titles);
    expect(titles).toHaveLength(bands.length);
    for (const band of bands) {
      expect(titles.some((title) => title.startsWith(band.role) && title.endsWith(formatRange(band.min, band.max, band.currency)))).toBe(true);
      expect(text).toContain(`${band.currency} ${periodLabels[band.period]}`);
    }
    // Bars of one chart share a scale: position and length are proportional to the figures.
    const [first] = all;
    const scaleBands = bands.filter((band) => band.currency === bands[0].currency && band.period === bands[0].period);
    first.rects.forEach((rect, index) => {
      const band = scaleBands[index];
      expect(rect.x * scaleBands[0].min).toBeCloseTo(first.rects[0].x * band.min, 0);
      expect(rect.width * (scaleBands[0].max - scaleBands[0].min)).toBeCloseTo(first.rects[0].width * (band.max - band.min), 0);
    });
    expect(text).toContain(squash(content.salaries.note));
  });

  it('shows the employer comparison as a table and as stacked cards for small screens', () => {
    const html = readPage(dir, '/salaries/');
    const cards = block(html, 'data-comparison-cards', undefined, 'ul');
    const cardTexts = [...cards.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((match) => htmlText(match[1]));
    expect(cardTexts).toEqual(
      content.comparison.aspects.map((row) =>
        [row.aspect, ...content.comparison.employers.map((employer) => `${employer.name}: ${row.cells[employer.id]}`)].join(' '),
      ),
    );
    expect(cards).toContain('sm:hidden');
    expect(html).toMatch(/<section[^>]*class="[^"]*hidden[^"]*sm:block[^"]*"[^>]*aria-label="How employers compare"/);
  });
});
