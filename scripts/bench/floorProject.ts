/**
 * The floor: a bare Astro project that builds `pages` minimal static pages from one dynamic route, with
 * no integrations, content collections or styles. Our build time over its build time says how much our
 * own code (content loading, components, the search index, the service worker) costs on top of Astro.
 * It uses this repository's node_modules through a symlink, so it runs the very same Astro and Node.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const route = (pages: number) => `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, index) => ({ params: { id: String(index + 1) } }));
}
const { id } = Astro.params;
---

<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Page {id}</title>
  </head>
  <body>
    <h1>Page {id}</h1>
    <p>A minimal page, one of many, to time Astro itself.</p>
  </body>
</html>
`;

/** Writes the floor project for `pages` pages into `dir`, replacing what was there. */
export function writeFloorProject(dir: string, repositoryRoot: string, pages: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(resolve(dir, 'src/pages'), { recursive: true });
  writeFileSync(resolve(dir, 'package.json'), `${JSON.stringify({ name: 'astro-floor', private: true, type: 'module' }, null, 2)}\n`);
  // Its caches stay in its own folder, never in the shared node_modules the symlink points to.
  writeFileSync(
    resolve(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({ cacheDir: './cache', vite: { cacheDir: './cache/vite' } });\n",
  );
  writeFileSync(resolve(dir, 'src/pages/[id].astro'), route(pages));
  symlinkSync(resolve(repositoryRoot, 'node_modules'), resolve(dir, 'node_modules'), 'dir');
}
