import { resolve } from 'node:path';
import { projectRoot } from './astroBuild';
import { missingPagePath } from './gates/sitePages';

/** Where the browser suite writes screenshots for a person to look at (gitignored). */
export const screenshotDir = resolve(projectRoot, 'screenshots');

/** One page of each type, chosen from the pages a build has; a type the build lacks is left out. */
export function pageTypes(paths: string[], base: string): { type: string; path: string }[] {
  const first = (pattern: RegExp) => paths.find((path) => pattern.test(path.slice(base.length - 1)));
  const types: [string, string | undefined][] = [
    ['home', first(/^\/$/)],
    ['guide-section', first(/^\/guide\/(?!print\/)[^/]+\/$/)],
    ['experiences', first(/^\/experiences\/$/)],
    ['experience', first(/^\/experiences\/[^/]+\/$/)],
    ['questions', first(/^\/questions\/$/)],
    ['salaries', first(/^\/salaries\/$/)],
    ['faq', first(/^\/faq\/$/)],
    ['search', first(/^\/search\/$/)],
    ['404', missingPagePath(base)],
  ];
  return types.filter((entry): entry is [string, string] => entry[1] !== undefined).map(([type, path]) => ({ type, path }));
}
