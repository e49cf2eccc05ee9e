/**
 * A value every page of a build shares, made on the first request and kept for the rest of the build
 * (docs/performance.md, "Measured choices in the code", says what remaking them per page cost).
 * `astro dev` makes it again per request, so an edited file shows on reload.
 */
export function oncePerBuild<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? make() : (made ??= make()));
}
