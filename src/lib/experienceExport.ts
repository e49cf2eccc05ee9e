import type { RSSOptions } from '@astrojs/rss';
import type { Experience } from '../schemas/experience';
import { feedCopyright, licenseCell, type ExportLicense } from './contentLicense';
import { toCsv } from './csv';
import { ANONYMOUS, channelLabels, difficultyLabels, labelOrNotReported, levelLabels, resultLabels } from './labels';
import { xmlSafeValue } from './xmlSafe';

/**
 * Experiences as others reuse them: the JSON and CSV exports and the feed's item text. The JSON keeps
 * the values as the content files write them (a value left out is `null`); the CSV and the feed use the
 * labels the pages show ("Not reported" for a value left out). The record and the feed are made XML-safe
 * where they are built (`xmlSafeValue`), so no export carries a character XML forbids, whatever got past
 * content validation. Each export names the content licence (see `contentLicense.ts`).
 */

/** An experience as the JSON export writes it. */
export interface ExperienceRecord {
  id: string;
  /** Absolute address of the experience's page. */
  url: string;
  date: string;
  role: string;
  department: string;
  departmentName: string;
  level: Experience['level'];
  appliedVia: Experience['appliedVia'];
  difficulty: Experience['difficulty'] | null;
  result: Experience['result'] | null;
  rounds: number;
  timeline: { name: string; notes: string | null }[] | null;
  questions: { text: string; category: string | null }[];
  advice: string | null;
  story: string;
  /** The display name the candidate chose; `null` means anonymous. */
  name: string | null;
}

/** An experience as the exports write it; the CSV is made from these records too. */
export function experienceRecord(id: string, experience: Experience, departmentName: string, url: string): ExperienceRecord {
  return xmlSafeValue({
    id,
    url,
    date: experience.date,
    role: experience.role,
    department: experience.department,
    departmentName,
    level: experience.level,
    appliedVia: experience.appliedVia,
    difficulty: experience.difficulty ?? null,
    result: experience.result ?? null,
    rounds: experience.rounds,
    timeline: experience.timeline?.map((round) => ({ name: round.name, notes: round.notes ?? null })) ?? null,
    questions: experience.questions.map((question) => ({ text: question.text, category: question.category ?? null })),
    advice: experience.advice ?? null,
    story: experience.story,
    name: experience.name ?? null,
  });
}

export const experienceCsvHeader = [
  'id',
  'url',
  'date',
  'role',
  'department',
  'level',
  'applied via',
  'difficulty',
  'result',
  'rounds',
  'round names',
  'questions',
  'advice',
  'story',
  'name',
  'license',
] as const;

/**
 * The CSV export: one row per record, in the order given; lists are one item per line inside their cell.
 * CSV has no comments, and a line above the header breaks every reader, so the licence is a last column:
 * it stays with each row when rows are filtered or merged elsewhere, and the other columns keep their places.
 */
export function experiencesCsv(records: readonly ExperienceRecord[], license: ExportLicense): string {
  const licensed = licenseCell(license);
  return toCsv(
    experienceCsvHeader,
    records.map((record) => [
      record.id,
      record.url,
      record.date,
      record.role,
      record.departmentName,
      levelLabels[record.level],
      channelLabels[record.appliedVia],
      labelOrNotReported(difficultyLabels, record.difficulty ?? undefined),
      labelOrNotReported(resultLabels, record.result ?? undefined),
      record.rounds,
      record.timeline?.map((round) => round.name).join('\n') ?? '',
      record.questions.map((question) => question.text).join('\n'),
      record.advice ?? '',
      record.story,
      record.name ?? ANONYMOUS,
      licensed,
    ]),
  );
}

/** "Mid-level Software Engineer, Software Development. Result: Not reported. 3 rounds." — a feed item's text. */
export function experienceSummary(experience: Pick<Experience, 'role' | 'level' | 'result' | 'rounds'>, departmentName: string): string {
  const rounds = experience.rounds === 1 ? '1 round' : `${experience.rounds} rounds`;
  return `${levelLabels[experience.level]} ${experience.role}, ${departmentName}. Result: ${labelOrNotReported(resultLabels, experience.result)}. ${rounds}.`;
}

/** What the feed says of itself: its title, description, the site's home page and the content licence. */
export interface FeedChannel {
  title: string;
  description: string;
  site: URL | string;
  license: ExportLicense;
}

/** Text escaped for an XML element's content; `customData` is parsed as XML, so `&` or `<` would break it. */
const xmlText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** An experience as the feed needs it: the absolute address of its page and its department's name. */
export interface FeedExperience {
  experience: Pick<Experience, 'role' | 'level' | 'result' | 'rounds' | 'date'>;
  departmentName: string;
  url: string;
}

/**
 * The RSS feed of experiences, one item per experience in the order given, as `@astrojs/rss` takes it. The
 * licence is RSS 2.0's channel `<copyright>`, which `@astrojs/rss` only writes through `customData`.
 */
export function experiencesFeed({ license, ...channel }: FeedChannel, entries: readonly FeedExperience[]): RSSOptions {
  return xmlSafeValue({
    ...channel,
    customData: `<language>en</language><copyright>${xmlText(feedCopyright(license))}</copyright>`,
    items: entries.map(({ experience, departmentName, url }) => ({
      title: `${experience.role} interview experience`,
      link: url,
      pubDate: new Date(`${experience.date}T00:00:00Z`),
      description: experienceSummary(experience, departmentName),
      categories: [departmentName],
    })),
  });
}
