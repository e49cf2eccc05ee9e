import type { RSSOptions } from '@astrojs/rss';
import type { z } from 'zod';
import { experienceSchema, type Experience } from '../schemas/experience';
import { feedCopyright, licenseCell, type ExportLicense } from './contentLicense';
import { toCsv } from './csv';
import { experienceFields, fieldKeys, type AnyFieldTable, type ExperienceField, type ExperienceKey, type FieldContext } from './experienceFields';
import { experienceFacts } from './experienceView';
import { NOT_REPORTED } from './labels';
import { xmlSafeValue } from './xmlSafe';

/**
 * Experiences as others reuse them: the JSON and CSV exports and the feed's item text, each a column or a
 * key per field of the table of fields (`experienceFields.ts`), in its order. The JSON keeps the values as
 * the content files write them (a value left out is `null`, at any depth); the CSV and the feed use the
 * words the pages show ("Not reported" for a value left out). The record and the feed are made XML-safe
 * where they are built (`xmlSafeValue`), so no export carries a character XML forbids, whatever got past
 * content validation. Each export names the content licence (see `contentLicense.ts`).
 */

/** Whether a key of T may be left out. */
type Optional<T, K extends keyof T> = Partial<Pick<T, K>> extends Pick<T, K> ? true : false;

/** A value as the JSON export writes it: every field that may be left out is there, `null` when it was. */
type Exported<T> = T extends readonly (infer Item)[]
  ? Exported<Item>[]
  : T extends object
    ? { [K in keyof T]-?: Optional<T, K> extends true ? Exported<Exclude<T[K], undefined>> | null : Exported<T[K]> }
    : T;

/** An experience as the JSON export writes it: its id, the absolute address of its page and its department's name, then every field. */
export type ExperienceRecord = { id: string; url: string; departmentName: string } & Exported<Experience>;

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType>; options?: z.ZodType[] };

/** A value with every field the schema lets be left out, at any depth, written as `null` when it was. */
function withNulls(schema: z.ZodType | undefined, value: unknown): unknown {
  if (value === undefined) return null;
  const def = schema?._zod.def as Def | undefined;
  switch (def?.type) {
    case 'optional':
    case 'default':
      return withNulls(def.innerType, value);
    case 'array':
      return (value as unknown[]).map((item) => withNulls(def.element, item));
    case 'object':
      return Object.fromEntries(Object.entries(def.shape!).map(([key, field]) => [key, withNulls(field, (value as Record<string, unknown>)[key])]));
    case 'union': {
      const option = def.options!.find((candidate) => candidate.safeParse(value).success);
      return withNulls(option, value);
    }
    default:
      return value;
  }
}

/** The record's values as content writes them again: every `null` left out. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== null)
      .map(([key, item]) => [key, withoutNulls(item)]),
  );
}

/** An experience as the exports write it, a key per field of the table; the CSV is made from these records too. */
export function experienceRecord(
  id: string,
  experience: Experience,
  departmentName: string,
  url: string,
  table: AnyFieldTable = experienceFields,
): ExperienceRecord {
  const shape = experienceSchema.shape as Record<string, z.ZodType>;
  const fields = fieldKeys(table).map((key) => [key, withNulls(shape[key], (experience as Record<string, unknown>)[key])]);
  return xmlSafeValue({ id, url, departmentName, ...Object.fromEntries(fields) }) as ExperienceRecord;
}

/** The CSV's columns: the id and the page's address, one per field of the table, and the licence last. */
export function csvHeader(table: AnyFieldTable = experienceFields): string[] {
  return ['id', 'url', ...fieldKeys(table).map((key) => table[key].csvColumn), 'license'];
}

/** The columns of `/api/experiences.csv`. */
export const experienceCsvHeader: readonly string[] = csvHeader();

/** A field's cell: its `csv` text or the words the pages show; a value left out is "Not reported" unless the table says otherwise. */
function csvCellText(field: ExperienceField<never>, value: unknown, context: FieldContext): string {
  const text = value !== undefined && field.csv ? field.csv(value as never, context) : field.show(value as never, context);
  return text ?? field.csvEmpty ?? NOT_REPORTED;
}

/**
 * The CSV export: one row per record, in the order given; lists are one item per line inside their cell.
 * CSV has no comments, and a line above the header breaks every reader, so the licence is a last column:
 * it stays with each row when rows are filtered or merged elsewhere, and the other columns keep their places.
 */
export function experiencesCsv(records: readonly ExperienceRecord[], license: ExportLicense, table: AnyFieldTable = experienceFields): string {
  const licensed = licenseCell(license);
  return toCsv(
    csvHeader(table),
    records.map((record) => {
      const values = withoutNulls(record) as Record<string, unknown>;
      const context = { departmentName: record.departmentName };
      return [record.id, record.url, ...fieldKeys(table).map((key) => csvCellText(table[key], values[key], context)), licensed];
    }),
  );
}

/** Facts a feed item's text does not list after its opening: the opening says them, the item has the date, the page the name. */
const saidElsewhere = new Set<ExperienceKey>(['level', 'department', 'result', 'rounds', 'name', 'date']);

/**
 * A feed item's text: "Senior Product Manager, Product. Result: Not reported. 2 rounds." and then each
 * other fact the page lists, when the candidate reported it ("Overall experience: Positive.").
 */
export function experienceSummary(experience: Experience, departmentName: string): string {
  const context = { departmentName };
  const [level, result, rounds] = experienceFacts(experience, context, ['level', 'result', 'rounds']);
  const more = experienceFacts(experience, context)
    .filter((fact) => fact.reported && !saidElsewhere.has(fact.key))
    .map((fact) => ` ${fact.label}: ${fact.text}.`);
  return `${level.text} ${experience.role}, ${departmentName}. ${result.label}: ${result.text}. ${rounds.text}.${more.join('')}`;
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
  experience: Experience;
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
