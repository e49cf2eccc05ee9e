import { readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type { z } from 'zod';
import { checkValue, type ContentProblem } from '../lib/contentProblems';
import { parseContentYaml } from '../lib/contentText';

/** An entry read from a content file, ready for a collection. */
export interface ReadEntry<T> {
  id: string;
  data: T;
  /** The file it came from, relative to the project root. */
  filePath: string;
}

/** What reading found: the good entries and every problem, so one bad file never hides another. */
export interface ReadResult<T> {
  entries: ReadEntry<T>[];
  problems: ContentProblem[];
}

/** A path as problems show it: relative to the folder the command runs in, with forward slashes. */
export const displayPath = (file: string) => relative(process.cwd(), file).split('\\').join('/');

/** Parses a YAML content file: a byte-order mark and CRLF line endings are accepted, tabs as indentation refused. */
export function readYamlFile(file: string) {
  return parseContentYaml(readFileSync(file), displayPath(file));
}

/** A YAML file holding one object, such as the company profile. Its id is the file's stem. */
export function readYamlObject<S extends z.ZodType>(file: string, schema: S): ReadResult<z.output<S>> {
  const shown = displayPath(file);
  const parsed = readYamlFile(file);
  if (parsed.problems.length) return { entries: [], problems: parsed.problems };
  const { data, problems } = checkValue(schema, parsed.value, shown, parsed.locate);
  const id = basename(file, extname(file));
  return { entries: problems.length ? [] : [{ id, data: data as z.output<S>, filePath: shown }], problems };
}

/** A YAML file holding a list of objects, each with a unique `id`; order is kept. */
export function readYamlList<S extends z.ZodType>(file: string, schema: S): ReadResult<z.output<S>> {
  const shown = displayPath(file);
  const parsed = readYamlFile(file);
  if (parsed.problems.length) return { entries: [], problems: parsed.problems };
  if (!Array.isArray(parsed.value)) {
    return { entries: [], problems: [{ file: shown, line: 1, message: 'expected a list of items, each starting with "- id: ..."' }] };
  }
  const entries: ReadEntry<z.output<S>>[] = [];
  const problems: ContentProblem[] = [];
  const seen = new Map<string, number>();
  parsed.value.forEach((item, index) => {
    const result = checkValue(schema, item, shown, parsed.locate, [index]);
    problems.push(...result.problems);
    const id = (result.data as { id?: unknown } | undefined)?.id;
    if (typeof id !== 'string') return;
    const where = parsed.locate([index, 'id']);
    if (seen.has(id)) {
      problems.push({ file: shown, line: where?.line, field: `[${index}].id`, message: `"${id}" is already used by item ${seen.get(id)}; ids must be unique` });
      return;
    }
    seen.set(id, index);
    entries.push({ id, data: result.data as z.output<S>, filePath: shown });
  });
  return { entries, problems };
}

/**
 * Every `.yaml` file in a folder, one entry each, with the file's stem as id. `readBefore` may hand
 * back a file's data already read and checked against the same schema, which is then not read again.
 */
export function readYamlFolder<S extends z.ZodType>(folder: string, schema: S, readBefore?: (path: string) => z.output<S> | undefined): ReadResult<z.output<S>> {
  const files = readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  const result: ReadResult<z.output<S>> = { entries: [], problems: [] };
  for (const name of files) {
    const path = join(folder, name);
    const known = readBefore?.(path);
    if (known !== undefined) {
      result.entries.push({ id: basename(name, extname(name)), data: known, filePath: displayPath(path) });
      continue;
    }
    const { entries, problems } = readYamlObject(path, schema);
    result.entries.push(...entries);
    result.problems.push(...problems);
  }
  return result;
}
