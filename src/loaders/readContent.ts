import { basename, extname } from 'node:path';
import type { z } from 'zod';
import { checkValue, type ContentProblem } from '../lib/contentProblems';
import type { YamlFile } from '../lib/yamlContent';
import { displayPath, readYamlContent } from './contentFile';

/** An entry read from a content file, ready for a collection. */
export interface ReadEntry<T> {
  id: string;
  data: T;
  /** The file it came from, relative to the project root. */
  filePath: string;
  /** Where a field of the file stands (paths start at the file's top, list index first). */
  locate?: YamlFile['locate'];
}

/** What reading found: the good entries and every problem, so one bad file never hides another. */
export interface ReadResult<T> {
  entries: ReadEntry<T>[];
  problems: ContentProblem[];
}

/**
 * The entries of a parsed data file: one object (its id is the file's stem), or a list of objects each
 * with a unique `key` (`id` unless said; it becomes the entry's id), in the order of the file.
 */
export function entriesOf<S extends z.ZodType>(
  path: string,
  parsed: YamlFile,
  shape: 'object' | 'list',
  schema: S,
  key = 'id',
): ReadResult<z.output<S>> {
  const shown = displayPath(path);
  if (parsed.problems.length) return { entries: [], problems: parsed.problems };
  if (shape === 'object') {
    const { data, problems } = checkValue(schema, parsed.value, shown, parsed.locate);
    const id = basename(path, extname(path));
    return { entries: problems.length ? [] : [{ id, data: data as z.output<S>, filePath: shown, locate: parsed.locate }], problems };
  }
  if (!Array.isArray(parsed.value)) {
    return { entries: [], problems: [{ file: shown, line: 1, message: `expected a list of items, each starting with "- ${key}: ..."` }] };
  }
  const entries: ReadEntry<z.output<S>>[] = [];
  const problems: ContentProblem[] = [];
  const seen = new Map<string, number>();
  parsed.value.forEach((item, index) => {
    const result = checkValue(schema, item, shown, parsed.locate, [index]);
    problems.push(...result.problems);
    const id = (result.data as Record<string, unknown> | undefined)?.[key];
    if (typeof id !== 'string') return;
    const where = parsed.locate([index, key]);
    if (seen.has(id)) {
      problems.push({
        file: shown,
        line: where?.line,
        field: `[${index}].${key}`,
        message: `"${id}" is already used by item ${seen.get(id)}; ${key === 'id' ? 'ids must be unique' : `give each ${key} one item: merge the two and delete this one`}`,
      });
      return;
    }
    seen.set(id, index);
    entries.push({ id, data: result.data as z.output<S>, filePath: shown, locate: parsed.locate });
  });
  return { entries, problems };
}

/** A YAML file holding a list of objects, each with a unique `id`; order is kept. */
export const readYamlList = <S extends z.ZodType>(path: string, schema: S) => entriesOf(path, readYamlContent(path), 'list', schema);
