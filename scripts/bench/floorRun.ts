import { resolve } from 'node:path';
import { writeFloorProject } from './floorProject';
import { astroPhases, measureBuild, type AstroPhases } from './measureBuild';

export interface FloorRun {
  pages: number;
  seconds: number;
  peakRssBytes: number;
  phases: AstroPhases;
}

/** Generates the bare Astro project for `pages` pages in `dir` and builds it, cold, the way our site is built. */
export async function floorOf(repositoryRoot: string, dir: string, pages: number): Promise<FloorRun> {
  writeFloorProject(dir, repositoryRoot, pages);
  const run = await measureBuild({ cwd: dir, outDir: resolve(dir, 'dist') });
  return { pages, seconds: run.seconds, peakRssBytes: run.peakRssBytes, phases: astroPhases(run.log) };
}
