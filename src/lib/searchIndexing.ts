import { withBase } from './urls';

/**
 * The search index holds each fact once: a data component shown on a page of its own (the FAQ, the
 * salary table) is indexed there, and left out where a guide section or role page repeats it. Gives
 * the value for `data-pagefind-ignore` on the component's root.
 */
export function indexedOnlyOn(ownPath: string, currentPath: string): 'all' | undefined {
  const trim = (path: string) => (path.endsWith('/') ? path : `${path}/`);
  return trim(currentPath) === trim(withBase(ownPath)) ? undefined : 'all';
}
