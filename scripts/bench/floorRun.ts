import { resolve } from 'node:path';
import { writeFloorProject } from './floorProject';
import { measureBuild } from './measureBuild';

export interface FloorRun {
  pages: number;
  seconds: number;
  peakRssBytes: number;
}

/** Generates the bare Astro project for `pages` pages in `dir` and builds it, cold, the way our site is built. */
export async function floorOf(repositoryRoot: string, dir: string, pages: number): Promise<FloorRun> {
  writeFloorProject(dir, repositoryRoot, pages);
  const run = await measureBuild({ cwd: dir, outDir: resolve(dir, 'dist') });
  return { pages, seconds: run.seconds, peakRssBytes: run.peakRssBytes };
}
