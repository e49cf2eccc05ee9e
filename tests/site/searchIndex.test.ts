/**
 * What the search index holds, read from the built site: Pagefind writes one fragment per indexed page
 * (gzip JSON with the page's URL and the text it indexed). Each page that holds facts of its own is in
 * it, each fact once, and words the page shows apart stay apart in the index.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatRange } from '../../src/lib/format';
import { builtSite } from '../support/buildSites';
import { loadContent } from '../support/content';
import { htmlFiles, squash } from '../support/html';

interface Fragment {
  url: string;
  content: string;
}

const content = loadContent();
const dir = builtSite('root').dir;
let fragments: Fragment[];

beforeAll(() => {
  const folder = join(dir, 'pagefind/fragment');
  fragments = readdirSync(folder).map((name) =>
    JSON.parse(
      gunzipSync(readFileSync(join(folder, name)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, ''),
    ),
  );
});

const indexedWith = (text: string) => fragments.filter((fragment) => squash(fragment.content).includes(squash(text))).map((fragment) => fragment.url);

describe('the search index', () => {
  it('holds every guide section, experience, question and role page, the FAQ and the salaries, and no page that only lists or repeats them', () => {
    const questions = (JSON.parse(readFileSync(join(dir, 'api/questions.json'), 'utf8')) as { questions: { slug: string }[] }).questions;
    const expected = [
      ...content.guide.map((section) => `/guide/${section.id}/`),
      ...content.experiences.map((experience) => `/experiences/${experience.id}/`),
      ...questions.map((question) => `/questions/${question.slug}/`),
      ...content.departments.map((department) => `/roles/${department.id}/`),
      '/faq/',
      '/salaries/',
    ];
    expect(fragments.map((fragment) => fragment.url).sort()).toEqual(expected.sort());
  });

  it('holds each FAQ answer and salary band once, on its own page, though guide sections and role pages show them too', () => {
    for (const entry of content.faq) expect(indexedWith(entry.answer), entry.id).toEqual(['/faq/']);
    for (const band of content.salaries.bands) expect(indexedWith(formatRange(band.min, band.max, band.currency)), band.role).toEqual(['/salaries/']);
  });

  it('keeps a label and its value apart: a search for a candidate or department finds the words', () => {
    for (const { id, data } of content.experiences) {
      const text = fragments.find((fragment) => fragment.url === `/experiences/${id}/`)!.content;
      for (const value of [data.name, data.role].filter((value): value is string => Boolean(value))) {
        expect(text, `${id}: "${value}" as words of their own`).toMatch(new RegExp(`(^|[\\s.,;:(])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      }
    }
  });

  /*
   * Pagefind starts a new sentence at headings, paragraphs, list items, table data cells, divisions and
   * sections, and joins the text of any other element (dt, dd, th, caption, …) to the text next to it
   * when no space is between them: "Candidate" and "Alice" would be indexed as one word, "candidatealice".
   * A reader's browser separates every element that is not inline. Both readings must give the same words.
   */
  it('indexes the words a reader sees, on every indexed page: none glued from two elements', () => {
    const sentence = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'div', 'ul', 'li', 'article', 'section', 'blockquote', 'details']);
    const inline = new Set([
      'a',
      'abbr',
      'b',
      'bdo',
      'br',
      'button',
      'cite',
      'code',
      'dfn',
      'em',
      'i',
      'img',
      'input',
      'kbd',
      'label',
      'q',
      'samp',
      'small',
      'span',
      'strong',
      'sub',
      'sup',
      'time',
      'var',
    ]);
    const words = (html: string, separates: (tag: string) => boolean) =>
      html
        .split(/(<[^>]+>)/)
        .map((part) => (part.startsWith('<') ? (separates(/^<\/?([a-z0-9]+)/i.exec(part)?.[1]?.toLowerCase() ?? '') ? ' ' : '') : part))
        .join('')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
    // What Pagefind leaves out: elements marked data-pagefind-ignore, and forms, navigation, SVG and the like.
    const removed = /^<(form|nav|svg|footer|script|style|noscript|template|iframe|label)\b|data-pagefind-ignore/i;
    const indexedPart = (html: string) => {
      const kept: string[] = [];
      let skipping: { tag: string; depth: number } | undefined;
      for (const part of html.split(/(<[^>]+>)/)) {
        const tag = /^<\/?([a-z0-9]+)/i.exec(part)?.[1]?.toLowerCase();
        if (skipping) {
          if (tag === skipping.tag && !part.endsWith('/>')) skipping.depth += part.startsWith('</') ? -1 : 1;
          if (!skipping.depth) skipping = undefined;
        } else if (tag && !part.startsWith('</') && removed.test(part)) {
          if (!part.endsWith('/>')) skipping = { tag, depth: 1 };
        } else kept.push(part);
      }
      return kept.join('');
    };
    const problems: string[] = [];
    for (const file of htmlFiles(dir)) {
      const html = readFileSync(join(dir, file), 'utf8');
      const main = /<main\b[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1];
      if (!main) continue;
      const body = indexedPart(main);
      const seen = new Set(words(body, (tag) => !inline.has(tag)));
      const glued = new Set(words(body, (tag) => sentence.has(tag)).filter((word) => !seen.has(word)));
      if (glued.size) problems.push(`${file}: ${[...glued].join(', ')}`);
    }
    expect(problems, `Words Pagefind would index that no reader sees; put {' '} between the elements:\n${problems.join('\n')}`).toEqual([]);
  });
});
