/**
 * The `rich` build: the real content plus generated experiences that give the optional fields the real
 * ones leave out (tests/support/richContent.ts). A new experience with the new fields shows them on its
 * page, on its card in the list (badges, filters, sorts) and in the statistics and key figures, and every
 * figure stays honest with a mix of answered and unanswered fields.
 */
import { describe, expect, it } from 'vitest';
import { experienceFacts } from '../../src/lib/experienceView';
import { formatLabels, NOT_REPORTED } from '../../src/lib/labels';
import { durationSummary, offerRate } from '../../src/lib/processStats';
import { formatMix, locationMix, sentimentMix } from '../../src/lib/stats';
import { answeredPhrase, answersSentence, durationSentence, negotiationSentence, offerSentence, pendingSentence } from '../../src/lib/statsText';
import { builtSite } from '../support/buildSites';
import { loadContent } from '../support/content';
import { htmlText, readPage } from '../support/html';
import { richExperiences } from '../support/richContent';
import { block, charts, expectHonestFigure, statsFigures, tableRows } from '../support/statsFigures';

const { dir, contentDir } = builtSite('rich');
const content = loadContent(contentDir);
const experiences = content.experiences.map((entry) => entry.data);
const names = new Map(content.departments.map((department) => [department.id, department.name]));
const generated = content.experiences.filter(({ id }) => id in richExperiences);

describe('a new experience with the new fields', () => {
  it('is built from the generated files, beside the real ones', () => {
    expect(generated).toHaveLength(Object.keys(richExperiences).length);
    expect(experiences.length).toBeGreaterThan(generated.length);
  });

  it('shows every fact on its page: the new ones in words, "Not reported" for those left out, one round in the singular', () => {
    for (const { id, data } of generated) {
      const page = htmlText(readPage(dir, `/experiences/${id}/`));
      for (const fact of experienceFacts(data, { departmentName: names.get(data.department)! }))
        expect(page, `${id}: ${fact.key}`).toContain(`${fact.label} ${fact.text}`);
      for (const round of data.timeline ?? []) if (round.format) expect(page).toContain(`${round.name} (${formatLabels[round.format]})`);
      expect(page).not.toMatch(/\b1 rounds\b/);
    }
    const single = htmlText(readPage(dir, '/experiences/2026-01-10-test-engineer-1/'));
    expect(single).toContain('Interview rounds 1 round');
    expect(single).toContain('Offer Negotiated');
    expect(single).toContain('Process length 3 weeks');
    expect(single).toContain('Location Poseidonia, Atlantis');
    expect(single).toContain('Pairing session (Remote)');
    expect(htmlText(readPage(dir, '/experiences/2026-01-11-test-analyst-1/'))).not.toMatch(/\bOffer (Negotiated|Not negotiated|Not reported)\b/);
  });

  it('shows its result and difficulty as badges on its card, none for what was left out, and the story as plain words', () => {
    const html = readPage(dir, '/experiences/');
    const card = (id: string) => [...html.matchAll(/<article[\s\S]*?<\/article>/g)].find((match) => match[0].includes(`/experiences/${id}/`))![0];
    const engineer = card('2026-01-10-test-engineer-1');
    expect(htmlText(engineer)).toContain('Result: Offer accepted Difficulty: Hard');
    expect(engineer).toContain('<span class="sr-only">Result: </span>');
    expect(htmlText(engineer)).toContain('A single pairing session on a small kata, then a yes the same week. A second paragraph.');
    expect(engineer).not.toMatch(/\*\*|`yes`|<strong>|<em>|<code>/);
    const writer = htmlText(card('2026-01-15-test-writer-1'));
    expect(writer).not.toMatch(/Result:|Difficulty:|Not reported/);
  });

  it('filters the list by sentiment and format, and sorts it by date, difficulty and sentiment', () => {
    const html = readPage(dir, '/experiences/');
    const form = block(html, 'data-facet-form', undefined, 'form');
    for (const name of ['sentiment', 'format']) expect(form).toContain(`<select name="${name}"`);
    const sorts = [...form.matchAll(/<option value="([a-z]+-(?:asc|desc))"/g)].map((match) => match[1]);
    expect(sorts).toEqual(['date-desc', 'date-asc', 'difficulty-desc', 'difficulty-asc', 'sentiment-desc', 'sentiment-asc']);
    const items = [...html.matchAll(/<li data-facet-item[^>]*>/g)].map((match) => match[0]);
    expect(items).toHaveLength(experiences.length);
    const engineer = items.find((item) => item.includes(`data-s-date="${richExperiences['2026-01-10-test-engineer-1'].date}"`));
    for (const attribute of ['data-f-sentiment="Positive"', 'data-f-format="Mixed"', 'data-s-difficulty="3"', 'data-s-sentiment="3"'])
      expect(engineer).toContain(attribute);
    // "Not reported" is offered last: it is a way to find what is missing, not a value.
    const sentiment = block(form, 'name', 'sentiment', 'select');
    expect([...sentiment.matchAll(/<option value="([^"]*)"/g)].map((match) => match[1])).toEqual([
      '',
      'Negative',
      'Neutral',
      'Positive',
      NOT_REPORTED,
    ]);
  });
});

describe('the statistics over a mix of answered and unanswered new fields', () => {
  const page = () => readPage(dir, '/stats/');
  const figure = (id: string) => statsFigures(page()).find((candidate) => candidate.id === id)!;

  it('keeps every figure honest: answers only, who did not say as a sentence, bars as shares of those who answered', () => {
    const figures = statsFigures(page());
    expect(figures.length).toBeGreaterThan(5);
    for (const one of figures) expectHonestFigure(one);
  });

  it('gives sentiment, format and location as shares of those who answered, with charts', () => {
    for (const [id, answers, did] of [
      ['sentiment', sentimentMix(experiences), answeredPhrase.sentiment],
      ['format', formatMix(experiences), answeredPhrase.format],
      ['location', locationMix(experiences), answeredPhrase.location],
    ] as const) {
      const shown = figure(id);
      expect([shown.answered, shown.total], id).toEqual([answers.answered, answers.total]);
      expect(answers.answered, id).toBeGreaterThanOrEqual(3);
      expect(shown.text).toContain(answersSentence(answers, did));
      expect(charts(shown.html), id).toHaveLength(1);
      expect(
        tableRows(shown.html).map((row) => row[0]),
        id,
      ).toEqual(answers.buckets.map((bucket) => bucket.label));
    }
  });

  it('gives the time to decision as median and range, and a distribution once enough answered', () => {
    const duration = durationSummary(experiences);
    const shown = figure('duration');
    expect(shown.text).toContain(durationSentence(duration));
    expect(shown.text).toMatch(/at the median, from \d+ \w+ to \d+ \w+\./);
    expect(charts(shown.html)).toHaveLength(1);
  });

  it('gives the offer rate among those who reported a final result, who is waiting, and who negotiated', () => {
    const rate = offerRate(experiences);
    const text = figure('outcomes').text;
    for (const sentence of [offerSentence(rate), pendingSentence(rate), negotiationSentence(rate)]) expect(text).toContain(sentence);
  });

  it('adds the overall experience to the home key figures once someone said it, as a sentence', () => {
    const figures = htmlText(block(readPage(dir, '/'), 'aria-labelledby', 'figures'));
    expect(figures).toContain(`Overall experience ${answersSentence(sentimentMix(experiences), answeredPhrase.sentiment)}`);
    expect(figures).not.toContain(NOT_REPORTED);
  });
});
