import { basename, resolve } from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { z } from 'zod';
import { ContentError } from '../lib/contentProblems';
import { displayPath } from './contentFile';
import { contentPath, contentRoot } from './contentRoot';
import { contentForBuild } from './buildContent';
import type { ContentReport } from './checkContent';

/**
 * Astro loaders over the one validation of `content/`: before anything is loaded, the whole content
 * folder is checked (the same as `npm run validate`), so the build stops with every problem, whichever
 * collection loads first. The entries then come from what that validation read and checked: no file is
 * read, parsed or checked a second time.
 */

/** Fails with every problem that must stop the build; otherwise the validated content. */
function checkedContent(logger: LoaderContext['logger']): ContentReport {
  const { problems, report } = contentForBuild(contentRoot, (message) => logger.warn(message));
  if (problems.length) throw new ContentError(problems);
  return report;
}

type Entries = (report: ContentReport) => { id: string; data: unknown; filePath: string }[];

function validatedLoader<S extends z.ZodType>(name: string, watched: string, schema: S, entries: Entries): Loader & { schema: S } {
  const absolute = resolve(watched);
  return {
    name,
    schema,
    async load({ store, watcher, logger }) {
      const sync = () => {
        const report = checkedContent(logger);
        store.clear();
        for (const entry of entries(report)) store.set({ id: entry.id, data: entry.data as Record<string, unknown>, filePath: entry.filePath });
      };
      sync();
      watcher?.add(absolute);
      watcher?.on('all', (_event, changed) => {
        if (!resolve(changed).startsWith(absolute)) return;
        try {
          sync();
        } catch (error) {
          logger.error((error as Error).message);
        }
      });
    },
  };
}

const dataEntries = (file: string) => (report: ContentReport) => report.data.get(file) ?? [];

/** A collection with one entry: the object in a single YAML data file of `content/` (none when an optional file is not there). */
export const yamlObjectLoader = <S extends z.ZodType>(file: string, schema: S) =>
  validatedLoader('yaml-object', contentPath(file), schema, dataEntries(file));

/** A collection from a YAML list whose items carry unique ids; each entry gets its `position` in the file. */
export function yamlListLoader<Shape extends z.core.$ZodShape, Config extends z.core.$ZodObjectConfig>(
  file: string,
  schema: z.ZodObject<Shape, Config>,
) {
  // The store does not keep insertion order, so list entries carry their position in the file.
  const entries: Entries = (report) =>
    dataEntries(file)(report).map((entry, position) => ({ ...entry, data: { ...(entry.data as object), position } }));
  return validatedLoader('yaml-list', contentPath(file), schema.extend({ position: z.number().int() }), entries);
}

/**
 * The experiences, one entry per file of `content/experiences/`: exactly the files the validation
 * accepted (or, in a build told to let unsafe text through, whose fields were right), by file name.
 */
export function experienceLoader<S extends z.ZodType>(folder: string, schema: S) {
  const entries: Entries = (report) =>
    [...report.readable.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([path, data]) => ({ id: basename(path, '.yaml'), data, filePath: displayPath(path) }));
  return validatedLoader('experiences', contentPath(folder), schema, entries);
}

/**
 * A data folder of `content/` (see `dataFolders`): one entry per YAML file the validation accepted, its id
 * the file name without `.yaml`. A folder that is not there gives an empty collection.
 */
export function yamlFolderLoader<S extends z.ZodType>(folder: string, schema: S) {
  const entries: Entries = (report) => [...(report.folders.get(folder) ?? [])].sort((a, b) => a.id.localeCompare(b.id));
  return validatedLoader('yaml-folder', contentPath(folder), schema, entries);
}

/**
 * The MDX guide sections through Astro's glob loader, which compiles them, with the front matter the
 * validation read and checked in place of the glob loader's own reading of it.
 */
export function guideLoader(folder: string): Loader {
  const inner = glob({ pattern: '*.mdx', base: contentPath(folder) });
  return {
    name: 'guide',
    async load(context) {
      let report = checkedContent(context.logger);
      // In `astro dev`, check again before the glob loader (whose listener comes after this one) reads an edit.
      context.watcher?.on('all', () => {
        try {
          report = checkedContent(context.logger);
        } catch (error) {
          context.logger.error((error as Error).message);
        }
      });
      const parseData: typeof context.parseData = (props) => {
        const checked = report.guide.get(resolve(props.filePath ?? ''));
        return context.parseData({ ...props, data: (checked ?? props.data) as typeof props.data });
      };
      await inner.load({ ...context, parseData });
    },
  };
}
