import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { z } from 'zod';
import { ContentError } from '../lib/contentProblems';
import { contentRoot } from './contentRoot';
import { experienceSchema } from '../schemas/experience';
import { enforcedContentProblems, validatedExperience } from './enforcedContent';
import { readYamlFolder, readYamlList, readYamlObject, type ReadResult } from './readContent';

type Reader = <S extends z.ZodType>(path: string, schema: S) => ReadResult<z.output<S>>;

/**
 * Wraps a reader as an Astro loader that fails the build with every problem found, not just the first:
 * before reading its own file, each loader runs the validation of the whole content folder (the same as
 * `npm run validate`), so the build stops with the same messages, whichever collection loads first.
 */
function yamlLoader<S extends z.ZodType>(name: string, read: Reader, path: string, schema: z.ZodType, storedSchema: S): Loader & { schema: S } {
  const absolute = resolve(path);
  return {
    name,
    schema: storedSchema,
    async load({ store, parseData, watcher, logger }) {
      const sync = async () => {
        const all = enforcedContentProblems(contentRoot, (message) => logger.warn(message));
        if (all.length) throw new ContentError(all);
        const { entries, problems } = read(absolute, schema);
        if (problems.length) throw new ContentError(problems);
        store.clear();
        for (const [position, entry] of entries.entries()) {
          // The store does not keep insertion order, so list entries carry their position in the file.
          const raw = storedSchema === schema ? entry.data : { ...(entry.data as object), position };
          const data = await parseData({ id: entry.id, data: raw as Record<string, unknown>, filePath: entry.filePath });
          store.set({ id: entry.id, data, filePath: entry.filePath });
        }
      };
      await sync();
      watcher?.add(absolute);
      watcher?.on('all', (_event, changed) => {
        if (!resolve(changed).startsWith(absolute)) return;
        sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}

/** A collection with one entry: the object in a single YAML file. */
export const yamlObjectLoader = <S extends z.ZodType>(file: string, schema: S) => yamlLoader('yaml-object', readYamlObject, file, schema, schema);
/** A collection from a YAML list whose items carry unique ids; each entry gets its `position` in the file. */
export function yamlListLoader<Shape extends z.core.$ZodShape, Config extends z.core.$ZodObjectConfig>(file: string, schema: z.ZodObject<Shape, Config>) {
  return yamlLoader('yaml-list', readYamlList, file, schema, schema.extend({ position: z.number().int() }));
}
/**
 * A collection with one entry per YAML file in a folder. Experiences, which the validation has just
 * read and checked with the same schema, are taken from it rather than parsed a second time.
 */
export function yamlFolderLoader<S extends z.ZodType>(folder: string, schema: S) {
  const reuse = (schema as z.ZodType) === experienceSchema ? (path: string) => validatedExperience(path) as z.output<S> | undefined : undefined;
  const read: Reader = (path, readSchema) => readYamlFolder(path, readSchema, reuse as never);
  return yamlLoader('yaml-folder', read, folder, schema, schema);
}
