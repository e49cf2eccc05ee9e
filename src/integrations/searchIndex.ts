import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind index into `<outDir>/pagefind/` after every production build, so the index
 * always matches the pages it was built from (it is never copied into `public/`).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await createIndex();
        if (!index) throw new Error(`Search index: Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Search index: ${added.errors.join('; ')}`);
          const read = performance.now();
          const written = await index.writeFiles({ outputPath: `${site.replace(/\/$/, '')}/pagefind` });
          if (written.errors.length) throw new Error(`Search index: ${written.errors.join('; ')}`);
          const done = performance.now();
          logger.info(
            `indexed ${added.page_count} pages in ${Math.round(done - started)} ms (reading ${Math.round(read - started)} ms, writing ${Math.round(done - read)} ms)`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}
