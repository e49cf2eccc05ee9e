import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// The XML parser @astrojs/rss itself depends on; the validator rejects a feed that is not well-formed XML.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { experienceCsvHeader } from '../../src/lib/experienceExport';
import { experienceFields, experienceKeys } from '../../src/lib/experienceFields';
import { experienceFacts } from '../../src/lib/experienceView';
import { channelLabels, levelLabels, NOT_REPORTED, resultLabels } from '../../src/lib/labels';
import { questionKey } from '../../src/lib/questionBank';
import { repositoryFileUrl } from '../../src/lib/urls';
import { builtSite } from '../support/buildSites';
import { loadContent } from '../support/content';
import { parseCsv } from '../support/csv';
import { htmlFiles, squash } from '../support/html';

/**
 * What the build gives machines: the sitemap, robots.txt, the RSS feed of experiences and the JSON and CSV
 * exports, parsed and compared with the content files; that each of them and every page's footer names the
 * content licence; and the same under a base path.
 */

const content = loadContent();
const experiences = content.experiences.map((entry) => entry.data);
const total = experiences.length;
const dir = builtSite('root').dir;
/** The fields issue #14 added: the shipped experiences report none of them, so every export must say so, never guess. */
const newerFacts = ['offer', 'sentiment', 'duration', 'location', 'format'] as const;

describe('sitemap, robots.txt and the feed', () => {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]));

  it('lists every page but the 404 page in sitemap-index.xml', () => {
    const pages = locs(readFileSync(join(dir, 'sitemap-index.xml'), 'utf8')).flatMap((sitemap) =>
      locs(readFileSync(join(dir, sitemap.pathname), 'utf8')),
    );
    const paths = pages.map((url) => url.pathname).sort();
    const expected = htmlFiles(dir)
      .filter((file) => file !== '404.html')
      .map((file) => `/${file.replace(/index\.html$/, '')}`)
      .sort();
    expect(paths).toEqual(expected);
    expect(paths).toContain('/stats/');
    expect(paths).not.toContain('/404/');
  });

  it('points robots.txt at the sitemap', () => {
    const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(new URL(sitemap!).pathname).toBe('/sitemap-index.xml');
  });

  it('has an RSS item per experience, linked to its page, and autodiscovery on every page', () => {
    const xml = readFileSync(join(dir, 'experiences/rss.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = new XMLParser().parse(xml).rss.channel;
    expect(channel.title).toContain(content.company.name);
    const items = [channel.item].flat();
    expect(items).toHaveLength(total);
    for (const { id, data } of content.experiences) {
      const item = items.find((candidate) => new URL(candidate.link).pathname === `/experiences/${id}/`);
      expect(item, id).toBeDefined();
      expect(item.description).toContain(data.role);
      expect(item.description).toContain(`Result: ${data.result ? resultLabels[data.result] : NOT_REPORTED}`);
      expect(item.description).toContain(`${data.rounds} round`);
      expect(item.description).toContain(`Applied via: ${channelLabels[data.appliedVia]}.`);
      // Each other fact in the words the page shows when reported; a fact left out is not mentioned ("Not reported" is the result's alone).
      for (const fact of experienceFacts(data, { departmentName: '' }, newerFacts)) {
        if (fact.reported) expect(item.description, `${id} ${fact.key}`).toContain(`${fact.label}: ${fact.text}.`);
        else expect(item.description, `${id} ${fact.key}`).not.toContain(`${fact.label}:`);
      }
      expect(item.description.split(NOT_REPORTED).length - 1, id).toBe(data.result ? 0 : 1);
    }
    for (const file of ['index.html', 'stats/index.html', 'roles/index.html']) {
      expect(readFileSync(join(dir, file), 'utf8')).toMatch(/<link rel="alternate" type="application\/rss\+xml"[^>]*href="\/experiences\/rss\.xml"/);
    }
  });
});

describe('exports', () => {
  it('has every experience in /api/experiences.json', () => {
    const json = JSON.parse(readFileSync(join(dir, 'api/experiences.json'), 'utf8'));
    expect(json.count).toBe(total);
    expect(json.experiences.map((record: { id: string }) => record.id).sort()).toEqual(content.experiences.map((entry) => entry.id).sort());
    for (const { id, data } of content.experiences) {
      const record = json.experiences.find((candidate: { id: string }) => candidate.id === id);
      expect(record).toMatchObject({
        role: data.role,
        department: data.department,
        rounds: data.rounds,
        difficulty: data.difficulty ?? null,
        result: data.result ?? null,
      });
      expect(record.questions.map((question: { text: string }) => question.text)).toEqual(data.questions.map((question) => question.text));
      expect(new URL(record.url).pathname).toBe(`/experiences/${id}/`);
      // Every field of the table is a key, a value the candidate left out null.
      expect(Object.keys(record)).toEqual(['id', 'url', 'departmentName', ...experienceKeys]);
      for (const key of newerFacts) expect(record[key], `${id} ${key}`).toEqual(data[key] ?? null);
    }
  });

  it('has every experience in /api/experiences.csv, one row each', () => {
    const [header, ...rows] = parseCsv(readFileSync(join(dir, 'api/experiences.csv'), 'utf8'));
    expect(header).toEqual(experienceCsvHeader);
    expect(rows).toHaveLength(total);
    const column = (name: string) => header.indexOf(name);
    for (const { id, data } of content.experiences) {
      const row = rows.find((candidate) => candidate[column('id')] === id);
      expect(row, id).toBeDefined();
      expect(row![column('role')]).toBe(data.role);
      expect(row![column('level')]).toBe(levelLabels[data.level]);
      expect(row![column('date')]).toBe(data.date);
      for (const fact of experienceFacts(
        data,
        { departmentName: '' },
        newerFacts.filter((key) => key !== 'offer' && key !== 'duration'),
      )) {
        expect(row![column(experienceFields[fact.key].csvColumn)], `${id} ${fact.key}`).toBe(fact.text);
      }
      expect(row![column('duration (days)')]).toBe(data.duration === undefined ? NOT_REPORTED : String(data.duration));
      expect(row![column('questions')].split('\n')).toEqual(data.questions.map((question) => question.text));
      expect(squash(row![column('story')])).toBe(squash(data.story));
    }
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('has every question of the guide and of every experience in /api/questions.json, merged, with the address of its page', () => {
    const json = JSON.parse(readFileSync(join(dir, 'api/questions.json'), 'utf8'));
    const entries = json.questions as { anchor: string; slug: string; wordings: string[]; url: string }[];
    expect(json.count).toBe(entries.length);
    const reported = [
      ...content.exampleQuestions.map((question) => question.text),
      ...experiences.flatMap((experience) => experience.questions.map((question) => question.text)),
    ];
    for (const text of reported)
      expect(
        entries.some((entry) => entry.wordings.some((wording) => questionKey(wording) === questionKey(text))),
        text,
      ).toBe(true);
    expect(new Set(entries.map((entry) => entry.anchor)).size).toBe(entries.length);
    expect(entries.length).toBe(new Set(reported.map(questionKey)).size);
    for (const entry of entries) expect(new URL(entry.url).pathname).toBe(`/questions/${entry.slug}/`);
  });
});

describe('the content licence, named by every output', () => {
  const { contentLicense, codeLicense } = content.company;
  const license = { name: contentLicense.name, url: contentLicense.url, notice: repositoryFileUrl(content.company, contentLicense.notice) };

  it('comes first in /api/experiences.json and /api/questions.json', () => {
    for (const file of ['api/experiences.json', 'api/questions.json']) {
      const json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      expect(json.license, file).toEqual(license);
      expect(Object.keys(json)[0], file).toBe('license');
    }
  });

  it('is the last column of every row of /api/experiences.csv', () => {
    const [header, ...rows] = parseCsv(readFileSync(join(dir, 'api/experiences.csv'), 'utf8'));
    expect(header.at(-1)).toBe('license');
    expect(rows).toHaveLength(total);
    for (const row of rows) expect(row.at(-1)).toBe(`${contentLicense.name} (${contentLicense.url})`);
  });

  it("is the feed channel's <copyright>", () => {
    const channel = new XMLParser().parse(readFileSync(join(dir, 'experiences/rss.xml'), 'utf8')).rss.channel;
    expect(channel.copyright).toContain(`${contentLicense.name} (${contentLicense.url})`);
    expect(channel.copyright).toContain(license.notice);
  });

  it('is linked, with the code licence, from the footer of every page', () => {
    const codeUrl = repositoryFileUrl(content.company, codeLicense.file);
    for (const file of htmlFiles(dir)) {
      const footer = /<footer\b[\s\S]*?<\/footer>/.exec(readFileSync(join(dir, file), 'utf8'))?.[0] ?? '';
      const links = [...footer.matchAll(/<a\b([^>]*)>([^<]*)<\/a>/g)].map(([, attributes, text]) => ({
        href: /\bhref="([^"]*)"/.exec(attributes)?.[1],
        text,
        license: /\brel="license"/.test(attributes),
      }));
      // Only the content licence is the page's licence (rel="license"); the code's is a plain link.
      const marked = links.filter((link) => link.license);
      expect(marked, file).toEqual([{ href: contentLicense.url, text: contentLicense.name, license: true }]);
      expect(links, file).toContainEqual({ href: codeUrl, text: codeLicense.name, license: false });
      expect(squash(footer.replace(/<[^>]+>/g, ' ')), file).toContain(`Content ${contentLicense.name} · Code ${codeLicense.name}`);
    }
  });
});

describe('under a base path', () => {
  const { dir: baseDir, base } = builtSite('based');

  it('puts the base in the sitemap, robots.txt, the feed and the new pages’ links', () => {
    const robots = readFileSync(join(baseDir, 'robots.txt'), 'utf8');
    const sitemap = new URL(/^Sitemap: (\S+)$/m.exec(robots)![1]);
    expect(sitemap.pathname).toBe(`${base}sitemap-index.xml`);
    expect(existsSync(join(baseDir, 'sitemap-index.xml'))).toBe(true);
    const xml = readFileSync(join(baseDir, 'sitemap-0.xml'), 'utf8');
    for (const loc of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) expect(new URL(loc[1]).pathname.startsWith(base)).toBe(true);
    const feed = new XMLParser().parse(readFileSync(join(baseDir, 'experiences/rss.xml'), 'utf8')).rss.channel;
    for (const item of [feed.item].flat()) expect(new URL(item.link).pathname.startsWith(`${base}experiences/`)).toBe(true);
    const stats = readFileSync(join(baseDir, 'stats/index.html'), 'utf8');
    expect(stats).toContain(`href="${base}experiences/rss.xml"`);
    expect(stats).toContain(`href="${base}roles/${content.departments[0].id}/"`);
    const role = readFileSync(join(baseDir, `roles/${content.departments[0].id}/index.html`), 'utf8');
    expect(role).toContain(`href="${base}roles/"`);
    expect(role).not.toMatch(/href="\/(roles|questions|guide|experiences|salaries)\//);
  });
});
