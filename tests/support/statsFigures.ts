/**
 * Reading the figures of a built stats page (`data-stats-figure` sections), and the rules every figure
 * keeps whatever the content: it counts those who answered, "Not reported" is never a value of it (no
 * row, no bar, no "Not reported 4"), those who did not answer are a sentence, shares and bars appear
 * from three answers on, and each bar's length is its count's share of those who answered.
 */
import { expect } from 'vitest';
import { NOT_REPORTED } from '../../src/lib/labels';
import { htmlText } from './html';

/** The HTML of the first element that carries an attribute (with this value, when given), up to its closing tag. */
export function block(html: string, attribute: string, value?: string, tag = 'section'): string {
  const escaped = value?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const start = html.search(new RegExp(`<${tag}\\b[^>]*\\s${attribute}${value === undefined ? '(?=[\\s>=])' : `="${escaped}"`}`));
  expect(start, `<${tag} ${attribute}${value === undefined ? '' : `="${value}"`}>`).toBeGreaterThanOrEqual(0);
  // Sections nest (the per-department table is a section of its own): close at the matching tag.
  const open = new RegExp(`<${tag}\\b|</${tag}>`, 'g');
  open.lastIndex = start + 1;
  let depth = 1;
  for (let match = open.exec(html); match; match = open.exec(html)) {
    depth += match[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(start, match.index);
  }
  return html.slice(start);
}

/** A table's body rows as [header cell, ...data cells] texts. */
export const tableRows = (html: string) =>
  [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)]
    .map((row) => [...row[1].matchAll(/<t([hd])[^>]*>([\s\S]*?)<\/t\1>/g)].map((cell) => htmlText(cell[2])))
    .slice(1);

export interface ChartRow {
  /** The row's tooltip: "Label: value". */
  title: string;
  /** Width of the full-width track behind the bar. */
  track: number;
  /** Width of the bar; 0 when none is drawn. */
  bar: number;
}

/** The SVG charts in some HTML: their accessible name and, per row, the title and the geometry read from the `<rect>`s. */
export const charts = (html: string) =>
  [...html.matchAll(/<svg[^>]*role="img"[^>]*>([\s\S]*?)<\/svg>/g)].map((match) => ({
    name: htmlText(/aria-label="([^"]*)"/.exec(match[0])?.[1] ?? ''),
    titles: [...match[1].matchAll(/<title>([\s\S]*?)<\/title>/g)].map((title) => htmlText(title[1])),
    rects: [...match[1].matchAll(/<rect([^>]*)>/g)].map((rect) => ({
      x: Number(/\bx="([\d.]+)"/.exec(rect[1])?.[1]),
      width: Number(/\bwidth="([\d.]+)"/.exec(rect[1])?.[1]),
    })),
    rows: [...match[1].matchAll(/<g>([\s\S]*?)<\/g>/g)].map((group): ChartRow => {
      const widths = [...group[1].matchAll(/<rect[^>]*\bwidth="([\d.]+)"/g)].map((rect) => Number(rect[1]));
      return { title: htmlText(/<title>([\s\S]*?)<\/title>/.exec(group[1])?.[1] ?? ''), track: widths[0], bar: widths[1] ?? 0 };
    }),
  }));

/** One figure of the stats page as the page gives it. */
export interface StatsFigure {
  id: string;
  html: string;
  text: string;
  answered: number;
  total: number;
}

/** Every figure of a stats page, in page order. */
export function statsFigures(html: string): StatsFigure[] {
  return [...html.matchAll(/<section[^>]*data-stats-figure="([^"]+)"[^>]*>/g)].map((match) => {
    const figure = block(html, 'data-stats-figure', match[1]);
    return {
      id: match[1],
      html: figure,
      text: htmlText(figure),
      answered: Number(/data-answered="(\d+)"/.exec(match[0])?.[1]),
      total: Number(/data-total="(\d+)"/.exec(match[0])?.[1]),
    };
  });
}

/**
 * Checks one figure against the rules: its table counts add up to those who answered; "Not reported" is
 * neither a row, a bar nor a figure; who did not answer is said in a sentence; below three answers there
 * are counts only and no chart; and each bar is its count's share of those who answered (or, for the
 * experiences per department, of all experiences).
 */
export function expectHonestFigure(figure: StatsFigure) {
  const { id, html, text, answered, total } = figure;
  expect(answered, id).toBeLessThanOrEqual(total);
  // Nowhere: not in the text, a table row, a bar's title or the chart's accessible name.
  expect(html, id).not.toContain(NOT_REPORTED);
  expect(html, id).not.toContain('data-bucket="not-reported"');
  const missing = total - answered;
  const notSaid = /<p[^>]*data-not-said[^>]*>([\s\S]*?)<\/p>/.exec(html);
  if (answered > 0 && missing > 0) expect(htmlText(notSaid?.[1] ?? ''), id).toBe(`${missing} of ${total} did not say.`);
  else expect(notSaid, id).toBeNull();

  if (answered === 0) {
    expect(text, id).toMatch(/No candidate has .+ yet: share your experience to give the first answer\./);
    expect(html, id).not.toContain('<svg');
    expect(html, id).not.toContain('<table');
    return;
  }

  const rows = tableRows(/<table[\s\S]*?<\/table>/.exec(html)?.[0] ?? '');
  const counts = rows.map((row) => Number(row[1]));
  if (rows.length)
    expect(
      counts.reduce((sum, count) => sum + count, 0),
      id,
    ).toBe(answered);
  const [chart] = charts(html);
  if (answered < 3) {
    expect(chart, `${id}: a chart of fewer than three answers`).toBeUndefined();
    expect(text, id).not.toContain('%');
    return;
  }
  expect(chart, `${id}: a chart`).toBeDefined();
  expect(
    chart.rows.map((row) => row.title.split(': ')[0]),
    id,
  ).toEqual(rows.map((row) => row[0]));
  chart.rows.forEach((row, index) => {
    expect(row.track, `${id}: track of ${row.title}`).toBeGreaterThan(0);
    // The SVG rounds to two decimals: a bar is within a hundredth of a unit of its share.
    expect(row.bar, `${id}: bar of ${row.title}`).toBeCloseTo((counts[index] / answered) * row.track, 1);
  });
  expect(
    chart.rows.reduce((sum, row) => sum + row.bar, 0),
    `${id}: the bars add up to the full width`,
  ).toBeCloseTo(chart.rows[0].track, 0);
}
