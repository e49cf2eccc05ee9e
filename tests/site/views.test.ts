import { describe, expect, it } from 'vitest';
import { formatRange } from '../../src/lib/format';
import { NOT_REPORTED, channelLabels, difficultyLabels, formatLabels, periodLabels, resultLabels, sentimentLabels } from '../../src/lib/labels';
import { questionKey } from '../../src/lib/questionBank';
import { applicationChannels, difficulties, interviewFormats, results, sentiments } from '../../src/schemas/experience';
import { builtSite } from '../support/buildSites';
import { loadContent } from '../support/content';
import { htmlFiles, htmlText, readPage, squash } from '../support/html';
import { block, charts, expectHonestFigure, statsFigures, tableRows } from '../support/statsFigures';

/**
 * The reading views and feeds, checked in the built HTML and files (so they hold without JavaScript):
 * /stats/, /roles/<department>/ and /salaries/. (Feeds and exports: feeds.test.ts.)
 * Every expected figure is computed here from the content files.
 */

const content = loadContent();
const experiences = content.experiences.map((entry) => entry.data);
const total = experiences.length;
const dir = builtSite('root').dir;

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
    },
    {
      id: 'sentiment',
      labels: sentimentLabels as Record<string, string>,
      values: sentiments,
      of: experiences.map((e) => e.sentiment as string | undefined),
    },
    { id: 'outcomes', labels: resultLabels as Record<string, string>, values: results, of: experiences.map((e) => e.result as string | undefined) },
    {
      id: 'format',
      labels: formatLabels as Record<string, string>,
      values: interviewFormats,
      of: experiences.map((e) => e.format as string | undefined),
    },
    {
      id: 'applied-via',
      labels: channelLabels as Record<string, string>,
      values: applicationChannels,
      of: experiences.map((e) => e.appliedVia as string | undefined),
    },
  ];

  for (const { id, labels, values, of } of cases) {
    it(`counts ${id} as the content says, the answers only, with how many did not say`, () => {
      const figure = statsFigures(page()).find((candidate) => candidate.id === id)!;
      const answered = of.filter((value) => value !== undefined).length;
      expect([figure.answered, figure.total]).toEqual([answered, total]);
      if (!answered) return;
      const expected = values.map((value) => [labels[value], String(count(of, value))]);
      expect(tableRows(figure.html).map((row) => row.slice(0, 2))).toEqual(expected);
      expect(figure.text).toContain(`${answered} of ${total} `);
      const [chart] = charts(figure.html);
      if (answered >= 3) expect(chart.titles.map((title) => title.replace(/ \(\d+%\)$/, ''))).toEqual(expected.map(([label, n]) => `${label}: ${n}`));
    });
  }

  it('keeps every figure honest: answers only, "did not say" as a sentence, counts below three answers, bars as shares', () => {
    const figures = statsFigures(page());
    expect(figures.map((figure) => figure.id)).toEqual([
      'difficulty',
      'sentiment',
      'outcomes',
      'duration',
      'rounds',
      'format',
      'location',
      'applied-via',
      'departments',
    ]);
    for (const figure of figures) expectHonestFigure(figure);
  });

  it('draws five answers of one each as a fifth of the width each', () => {
    const figure = statsFigures(page()).find((candidate) => candidate.id === 'applied-via')!;
    const rows = charts(figure.html)[0].rows;
    const channels = new Set(experiences.map((experience) => experience.appliedVia));
    for (const row of rows.filter((candidate) => candidate.bar > 0))
      expect(row.bar / row.track).toBeCloseTo(experiences.filter((e) => row.title.startsWith(`${channelLabels[e.appliedVia]}:`)).length / total, 2);
    expect(rows.filter((row) => row.bar > 0)).toHaveLength(channels.size);
  });

  it('gives the fewest and most rounds and how many processes had each count', () => {
    const figure = block(page(), 'data-stats-figure', 'rounds');
    const rounds = experiences.map((experience) => experience.rounds);
    const average = Math.round((rounds.reduce((a, b) => a + b, 0) / total) * 10) / 10;
    const [min, max] = [Math.min(...rounds), Math.max(...rounds)];
    expect(htmlText(figure)).toContain(`${total} of ${total} said how many rounds they had: `);
    expect(htmlText(figure)).toContain(min === max ? `${min} round` : `${min} to ${max} rounds, ${average} on average.`);
    const rows = tableRows(figure);
    expect(rows.reduce((sum, row) => sum + Number(row[1]), 0)).toBe(total);
    for (const n of new Set(rounds)) expect(rows).toContainEqual([n === 1 ? '1 round' : `${n} rounds`, String(count(rounds, n)), expect.any(String)]);
  });

  it('says how many of those with a final result received an offer, and never guesses the rest', () => {
    const figure = htmlText(block(page(), 'data-stats-figure', 'outcomes'));
    const decided = experiences.filter((experience) => experience.result && experience.result !== 'pending');
    const offers = decided.filter((experience) => ['offer', 'offer-accepted', 'offer-declined'].includes(experience.result!)).length;
    if (decided.length)
      expect(figure).toContain(
        `Of ${decided.length} candidate${decided.length === 1 ? '' : 's'} who reported a final result, ${offers || 'none'} received an offer`,
      );
    else expect(figure).not.toContain('received an offer');
  });

  it('counts experiences per department, those with none included, linking each role page', () => {
    const figure = block(page(), 'data-stats-figure', 'departments');
    const rows = tableRows(figure);
    for (const department of content.departments) {
      const own = experiences.filter((experience) => experience.department === department.id);
      expect(rows.find((row) => row[0] === department.name)?.[1], department.id).toBe(String(own.length));
      expect(figure).toContain(`href="/roles/${department.id}/"`);
    }
    expect(charts(figure)[0].titles.map((title) => title.replace(/ \(\d+%\)$/, ''))).toEqual(
      content.departments.map((department) => `${department.name}: ${experiences.filter((e) => e.department === department.id).length}`),
    );
    expect(htmlText(figure)).not.toContain(NOT_REPORTED);
  });

  it('pairs every chart with a captioned table and labels a small sample', () => {
    for (const figure of statsFigures(page())) {
      if (figure.html.includes('<svg')) {
        expect(charts(figure.html), figure.id).toHaveLength(1);
        expect(charts(figure.html)[0].name, figure.id).not.toBe('');
        expectAccessibleTables(figure.html, figure.id);
      }
      if (!figure.answered) continue;
      const note = `Based on ${figure.answered} experience${figure.answered === 1 ? '' : 's'}`;
      expect(figure.text).toContain(figure.answered < 10 ? `${note} — a small sample` : note);
      if (figure.answered >= 10) expect(figure.text).not.toContain('a small sample');
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

      const questionList = html.includes('data-role-questions') ? block(html, 'data-role-questions', undefined, 'ul') : '';
      const links = [...questionList.matchAll(/<a href="\/questions\/([^"/]+)\/">([\s\S]*?)<\/a>/g)].map((match) => ({
        slug: match[1],
        key: questionKey(htmlText(match[2])),
      }));
      for (const question of own.flatMap((entry) => entry.data.questions)) {
        const link = links.find((candidate) => candidate.key === questionKey(question.text));
        expect(link, question.text).toBeDefined();
        expect(questionsPage()).toContain(`href="/questions/${link!.slug}/"`);
      }
      // The guide's example questions filed under the department are listed with the candidates' questions.
      for (const example of content.exampleQuestions.filter((question) => question.departments?.includes(department.id))) {
        expect(links.map((link) => link.slug)).toContain(example.id);
      }
      if (!own.some((entry) => entry.data.questions.length) && !content.exampleQuestions.some((q) => q.departments?.includes(department.id)))
        expect(links).toEqual([]);

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
