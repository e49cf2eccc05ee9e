/**
 * Page-weight budgets on the real build: every guide, experience, question, question bank and FAQ page is measured
 * from its built files (gzip level 9, each file on its own, as a compressing host sends it). The test
 * prints each page type's figures and fails naming every page and budget that is broken.
 * Sizes only: times vary from machine to machine and are recorded by `npm run bench` instead.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { budgets, gzipSize, kb, pageWeight, type PageWeight } from '../../scripts/lib/pageWeight';
import { builtSite } from '../support/buildSites';
import { loadContent } from '../support/content';
import { htmlFiles } from '../support/html';

/** The page types under budget, by URL; the whole guide on one print page is meant for paper, not phones. */
const budgeted: [type: string, match: RegExp][] = [
  ['guide', /^\/guide\/(?!print\/)([^/]+\/)?$/],
  ['experience', /^\/experiences\/[^/]+\/$/],
  ['question bank', /^\/questions\/$/],
  ['question', /^\/questions\/(?!recent\/|category\/)[^/]+\/$/],
  ['FAQ', /^\/faq\/$/],
];
const typeOf = (page: string) => budgeted.find(([, match]) => match.test(page))?.[0];

const content = loadContent();
/** An experience page may exceed the HTML budget by its story's own gzip length: a long story is the reader's point. */
const storyAllowance = new Map(content.experiences.map(({ id, data }) => [`/experiences/${id}/`, gzipSize(data.story)]));

let weights: PageWeight[];

beforeAll(() => {
  const dir = builtSite('root').dir;
  weights = htmlFiles(dir).map((file) => pageWeight(dir, file));
});

/** One row per page type: how many pages, and the heaviest page for each measure. */
function table(): string {
  const groups = new Map<string, PageWeight[]>();
  for (const weight of weights) {
    const type = typeOf(weight.page) ?? 'other (not budgeted)';
    groups.set(type, [...(groups.get(type) ?? []), weight]);
  }
  // The heaviest figure, and the page it is on when the pages differ.
  const heaviest = (list: PageWeight[], key: 'html' | 'css' | 'firstView' | 'js') => {
    const top = list.reduce((a, b) => (b[key] > a[key] ? b : a));
    return `${kb(top[key])} ${list.some((weight) => weight[key] !== top[key]) ? top.page : ''}`.trim();
  };
  const rows = [...groups].map(([type, list]) => [
    type,
    String(list.length),
    heaviest(list, 'html'),
    heaviest(list, 'css'),
    heaviest(list, 'firstView'),
    heaviest(list, 'js'),
  ]);
  const header = [
    'page type',
    'pages',
    `HTML (≤ ${kb(budgets.html)})`,
    `CSS (≤ ${kb(budgets.css)})`,
    `HTML + CSS (≤ ${kb(budgets.firstView)})`,
    `JS (≤ ${kb(budgets.js)})`,
  ];
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  return [header, ...rows].map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')).join('\n');
}

describe('page-weight budgets (gzip)', () => {
  it('measures every budgeted page type', () => {
    console.log(`Page weight, heaviest page of each type (gzip level 9):\n${table()}`);
    for (const [type] of budgeted)
      expect(
        weights.some((weight) => typeOf(weight.page) === type),
        `no ${type} page was built`,
      ).toBe(true);
  });

  it('keeps every guide, experience, question bank and FAQ page within its budgets', () => {
    const broken: string[] = [];
    for (const weight of weights) {
      const type = typeOf(weight.page);
      if (!type) continue;
      const allowance = storyAllowance.get(weight.page) ?? 0;
      const over = (measure: string, size: number, budget: number) => {
        if (size > budget) broken.push(`${weight.page} (${type}): ${measure} is ${kb(size)} gzip, over its budget of ${kb(budget)}`);
      };
      over('HTML', weight.html, budgets.html + allowance);
      over('CSS', weight.css, budgets.css);
      over('HTML + CSS of the first view', weight.firstView, budgets.firstView + allowance);
      over(`JavaScript loaded on first view (${weight.scripts.join(', ')})`, weight.js, budgets.js);
    }
    expect(broken, `Budgets broken — make the page lighter, or move what it loads to when it is used:\n${broken.join('\n')}`).toEqual([]);
  });

  it('loads no script that blocks rendering on those pages (the inline pre-paint theme script is in the HTML budget)', () => {
    const blocking = weights.filter((weight) => typeOf(weight.page) && weight.blockingScripts.length);
    expect(blocking.map((weight) => `${weight.page}: ${weight.blockingScripts.join(', ')}`)).toEqual([]);
  });
});
