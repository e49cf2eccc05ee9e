import { getRssString } from '@astrojs/rss';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { exportLicense, feedCopyright, licenseCell, licensedList, type ExportLicense } from '../../src/lib/contentLicense';
import { csvCell, toCsv } from '../../src/lib/csv';
import { experienceCsvHeader, experienceRecord, experienceSummary, experiencesCsv, experiencesFeed } from '../../src/lib/experienceExport';
import { experienceFields, experienceKeys } from '../../src/lib/experienceFields';
import type { Experience } from '../../src/schemas/experience';
import { parseCsv } from '../support/csv';

describe('csvCell', () => {
  it('leaves plain text as it is and writes absent values as empty fields', () => {
    expect(csvCell('Software Engineer')).toBe('Software Engineer');
    expect(csvCell(3)).toBe('3');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
  });

  it('quotes fields with commas, quotes or line breaks and doubles quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
  });

  it('turns text a spreadsheet would run as a formula into plain text', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes numbers as numbers, a negative one included', () => {
    expect(csvCell(-5)).toBe('-5');
  });
});

describe('toCsv', () => {
  it('ends every line with CRLF and round-trips through an RFC 4180 reader', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['x, y', 'line\nbreak'],
        ['"q"', 2],
      ],
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ['a', 'b'],
      ['x, y', 'line\nbreak'],
      ['"q"', '2'],
    ]);
  });

  it('refuses a row whose length does not match the header', () => {
    expect(() => toCsv(['a', 'b'], [['only one']])).toThrow(/row 1 has 1 fields but the header has 2/);
  });
});

const experience: Experience = {
  role: 'Product Manager',
  department: 'product',
  level: 'senior',
  appliedVia: 'company-website',
  rounds: 2,
  timeline: [{ name: 'Recruiter call' }, { name: 'Case study', notes: 'A roadmap, "prioritised".' }],
  questions: [{ text: '=cmd|calc', category: 'product' }, { text: 'Why us?' }],
  story: 'It went, mostly, well.\nThen it ended.',
  date: '2026-03-01',
};

/** The same experience with every newer field given. */
const withNewFields: Experience = {
  ...experience,
  result: 'offer-accepted',
  offer: { negotiated: true },
  sentiment: 'positive',
  duration: 21,
  location: { country: 'Netherlands', city: 'Amsterdam' },
  format: 'mixed',
  timeline: [
    { name: 'Recruiter call', notes: 'Short.' },
    { name: 'Case study', format: 'on-site' },
  ],
};

const license: ExportLicense = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  notice: 'https://github.com/o/r/blob/main/content/LICENSE.md',
};
const feedChannel = { title: 'Experiences', description: 'Shared by candidates.', site: new URL('https://example.org/'), license };

describe('the content licence in the exports', () => {
  it('is taken from content, with the notice as an address in the repository', () => {
    const company = {
      repository: 'https://github.com/o/r/',
      branch: 'main',
      contentLicense: { name: 'CC BY 4.0', url: license.url, notice: 'content/LICENSE.md' },
    };
    expect(exportLicense(company)).toEqual(license);
  });

  it('comes first in a JSON export, before the count and the items', () => {
    const json = licensedList(license, 'questions', [{ text: 'Why us?' }, { text: 'Why now?' }]);
    expect(json).toEqual({ license, count: 2, questions: [{ text: 'Why us?' }, { text: 'Why now?' }] });
    expect(Object.keys(JSON.parse(JSON.stringify(json)))).toEqual(['license', 'count', 'questions']);
    expect(licensedList(license, 'experiences', [])).toEqual({ license, count: 0, experiences: [] });
  });

  it('is the last CSV column, the same in every row', () => {
    const record = experienceRecord('pm', experience, 'Product', 'https://example.org/experiences/pm/');
    const rows = parseCsv(experiencesCsv([record, { ...record, id: 'pm-2' }], license));
    expect(rows[0].at(-1)).toBe('license');
    expect(rows.slice(1).map((row) => row.at(-1))).toEqual([licenseCell(license), licenseCell(license)]);
    expect(licenseCell(license)).toBe('CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)');
  });

  it("is the feed channel's <copyright>, escaped, beside its <language>", async () => {
    const entry = { experience, departmentName: 'Product', url: 'https://example.org/experiences/pm/' };
    const xml = await getRssString(experiencesFeed(feedChannel, [entry]));
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser().parse(xml).rss.channel;
    expect(parsed.copyright).toBe(feedCopyright(license));
    expect(parsed.copyright).toContain('CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)');
    expect(parsed.copyright).toContain(license.notice);
    expect(parsed.language).toBe('en');
    expect(parsed).not.toHaveProperty('license');
    // A licence name or address with XML's own characters must not break the feed.
    const odd = { ...license, name: 'A & B <licence>', url: 'https://example.org/licence?a=1&b=2' };
    const oddXml = await getRssString(experiencesFeed({ ...feedChannel, license: odd }, []));
    expect(XMLValidator.validate(oddXml)).toBe(true);
    expect(new XMLParser().parse(oddXml).rss.channel.copyright).toBe(feedCopyright(odd));
  });
});

describe('experienceRecord', () => {
  it('keeps the values as written and gives null for what was left out', () => {
    const record = experienceRecord('2026-03-01-pm', experience, 'Product', 'https://example.org/experiences/2026-03-01-pm/');
    expect(record).toMatchObject({
      id: '2026-03-01-pm',
      departmentName: 'Product',
      difficulty: null,
      result: null,
      advice: null,
      name: null,
      level: 'senior',
    });
    expect(record.timeline).toEqual([
      { name: 'Recruiter call', notes: null, format: null },
      { name: 'Case study', notes: 'A roadmap, "prioritised".', format: null },
    ]);
    expect(record.questions[1]).toEqual({ text: 'Why us?', category: null });
    for (const key of ['offer', 'sentiment', 'duration', 'location', 'format'] as const) expect(record[key], key).toBeNull();
  });

  it('has a key per field of the table, after the id, the address and the department name', () => {
    const record = experienceRecord('pm', experience, 'Product', 'https://example.org/experiences/pm/');
    expect(Object.keys(record)).toEqual(['id', 'url', 'departmentName', ...experienceKeys]);
  });

  it('writes the newer fields as content does: days as a number, the location as "remote" or a country with a city or null', () => {
    const record = experienceRecord('pm', withNewFields, 'Product', 'https://example.org/experiences/pm/');
    expect(record).toMatchObject({
      result: 'offer-accepted',
      offer: { negotiated: true },
      sentiment: 'positive',
      duration: 21,
      location: { country: 'Netherlands', city: 'Amsterdam' },
      format: 'mixed',
    });
    expect(record.timeline?.[1]).toEqual({ name: 'Case study', notes: null, format: 'on-site' });
    const remote = experienceRecord('pm', { ...withNewFields, location: 'remote' }, 'Product', 'https://example.org/');
    expect(remote.location).toBe('remote');
    const country = experienceRecord('pm', { ...withNewFields, location: { country: 'Germany' } }, 'Product', 'https://example.org/');
    expect(country.location).toEqual({ country: 'Germany', city: null });
  });
});

describe('experiencesCsv', () => {
  it('writes one row per experience with labels, "Not reported" and guarded formulas', () => {
    const record = experienceRecord('pm', experience, 'Product', 'https://example.org/experiences/pm/');
    const rows = parseCsv(experiencesCsv([record, { ...record, id: 'pm-2', difficulty: 'hard', name: 'Ann' }], license));
    expect(rows[0]).toEqual([...experienceCsvHeader]);
    expect(rows).toHaveLength(3);
    const first = Object.fromEntries(experienceCsvHeader.map((column, index) => [column, rows[1][index]]));
    expect(first).toMatchObject({
      id: 'pm',
      department: 'Product',
      level: 'Senior',
      'applied via': 'Company website',
      difficulty: 'Not reported',
      result: 'Not reported',
      rounds: '2',
      'round names': 'Recruiter call\nCase study',
      questions: "'=cmd|calc\nWhy us?",
      story: 'It went, mostly, well.\nThen it ended.',
      name: 'Anonymous',
      license: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
    });
    expect(rows[2][experienceCsvHeader.indexOf('difficulty')]).toBe('Hard');
    expect(rows[2][experienceCsvHeader.indexOf('name')]).toBe('Ann');
    for (const column of ['offer negotiated', 'sentiment', 'duration (days)', 'location', 'format'])
      expect(first[column], column).toBe('Not reported');
    expect(first.date).toBe('2026-03-01');
  });

  it('has the id and the address first, a column per field of the table in its order, and the licence last', () => {
    expect(experienceCsvHeader).toEqual(['id', 'url', ...experienceKeys.map((key) => experienceFields[key].csvColumn), 'license']);
  });

  it('writes the newer fields in words, the length in days and the offer as yes or no', () => {
    const record = experienceRecord('pm', withNewFields, 'Product', 'https://example.org/experiences/pm/');
    const [header, row] = parseCsv(experiencesCsv([record], license));
    expect(Object.fromEntries(header.map((column, index) => [column, row[index]]))).toMatchObject({
      result: 'Offer accepted',
      'offer negotiated': 'yes',
      sentiment: 'Positive',
      'duration (days)': '21',
      location: 'Amsterdam, Netherlands',
      format: 'Mixed',
      'round names': 'Recruiter call\nCase study',
    });
    const remote = experienceRecord('pm', { ...withNewFields, location: 'remote', offer: { negotiated: false } }, 'Product', 'https://example.org/');
    const [, remoteRow] = parseCsv(experiencesCsv([remote], license));
    expect(remoteRow[header.indexOf('location')]).toBe('Remote');
    expect(remoteRow[header.indexOf('offer negotiated')]).toBe('no');
  });
});

describe('experienceSummary', () => {
  it('names role, level, department, result or "Not reported", and rounds, then the other facts reported', () => {
    expect(experienceSummary(experience, 'Product')).toBe(
      'Senior Product Manager, Product. Result: Not reported. 2 rounds. Applied via: Company website.',
    );
    expect(experienceSummary({ ...experience, result: 'offer', rounds: 1, difficulty: 'easy', name: 'Ann' }, 'Product')).toBe(
      'Senior Product Manager, Product. Result: Offer. 1 round. Applied via: Company website. Difficulty: Easy.',
    );
  });

  it('says the newer fields in the words the pages use, and nothing of those left out', () => {
    expect(experienceSummary(withNewFields, 'Product')).toBe(
      'Senior Product Manager, Product. Result: Offer accepted. 2 rounds. Applied via: Company website. Offer: Negotiated. ' +
        'Overall experience: Positive. Process length: 3 weeks. Location: Amsterdam, Netherlands. Interview format: Mixed.',
    );
    expect(experienceSummary({ ...experience, sentiment: 'negative', location: 'remote' }, 'Product')).toBe(
      'Senior Product Manager, Product. Result: Not reported. 2 rounds. Applied via: Company website. Overall experience: Negative. Location: Remote.',
    );
  });
});

describe('characters XML forbids, should any get past content validation', () => {
  // Every kind: C0 controls, DEL, C1 controls, U+FFFE/U+FFFF and surrogates without their pair.
  const junk = (text: string) => `${text.slice(0, 2)}\u0000\u0008\u000B\u001B\u007F\u0085\u009F\uFFFE\uFFFF\uDFFF\uD800${text.slice(2)}`;
  const hostile: Experience = {
    ...experience,
    role: junk('Product Manager'),
    timeline: [{ name: junk('Recruiter call'), notes: junk('Short.') }],
    questions: [{ text: junk('Why us?'), category: 'product' }],
    advice: junk('Breathe.\tThen answer.'),
    story: junk('It went well.\r\nThen it ended. \u{1F600}'),
    name: junk('Ann'),
  };
  const notXml = /(?![\t\n\r])[\p{Cc}\p{Cs}\uFFFE\uFFFF]/u;
  const record = experienceRecord('pm', hostile, junk('Product'), 'https://example.org/experiences/pm/');

  it('leaves none in the JSON record or the CSV, and keeps the rest of the text', () => {
    // JSON.stringify would write a control character or a lone surrogate as a \u escape; none is left to write.
    const json = JSON.stringify(record);
    expect(json).not.toMatch(notXml);
    expect(json).not.toMatch(/\\u00[01]|\\u007f|\\ud[89a-f]/i);
    expect(JSON.parse(json)).toMatchObject({
      role: 'Product Manager',
      departmentName: 'Product',
      timeline: [{ name: 'Recruiter call', notes: 'Short.' }],
      questions: [{ text: 'Why us?', category: 'product' }],
      advice: 'Breathe.\tThen answer.',
      story: 'It went well.\r\nThen it ended. \u{1F600}',
      name: 'Ann',
    });
    const csv = experiencesCsv([record], license);
    expect(csv).not.toMatch(notXml);
    expect(parseCsv(csv)[1][experienceCsvHeader.indexOf('role')]).toBe('Product Manager');
  });

  it('leaves none in the feed, which stays well-formed XML with the text intact', async () => {
    const feed = experiencesFeed(
      { ...feedChannel, title: junk('Experiences'), description: junk('Shared by candidates.'), license: { ...license, name: junk('CC BY 4.0') } },
      [{ experience: hostile, departmentName: junk('Product'), url: 'https://example.org/experiences/pm/' }],
    );
    const xml = await getRssString(feed);
    expect(xml).not.toMatch(notXml);
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = new XMLParser().parse(xml).rss.channel;
    expect(channel.title).toBe('Experiences');
    expect(channel.copyright).toBe(feedCopyright(license));
    expect(channel.item).toMatchObject({
      title: 'Product Manager interview experience',
      category: 'Product',
      description: 'Senior Product Manager, Product. Result: Not reported. 2 rounds. Applied via: Company website.',
    });
  });
});
