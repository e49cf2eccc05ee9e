import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, tmpRoot } from './astroBuild';

/** Builds the real site once for every test of the `site` project. */
export default function setup(project: TestProject) {
  const outDir = resolve(tmpRoot, 'site');
  rmSync(outDir, { recursive: true, force: true });
  astroBuild({ outDir });
  project.provide('siteDir', outDir);
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}
