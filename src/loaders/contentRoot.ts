import { resolve } from 'node:path';

/**
 * The folder the content is read from: `content/` unless CONTENT_DIR names another one
 * (tests and the benchmark build generated content without touching `content/`).
 */
export const contentRoot = resolve(process.env.CONTENT_DIR ?? 'content');

/** A path inside the content folder. */
export const contentPath = (...parts: string[]) => resolve(contentRoot, ...parts);
