/**
 * The day the site is built, YYYY-MM-DD: what "reported in the last 6 months" counts back from.
 * BUILD_DATE sets it (a test build, or a rebuild that must match an earlier one); today otherwise.
 */
export function buildDate(): string {
  const set = process.env.BUILD_DATE;
  if (set === undefined || set === '') return new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(set) || Number.isNaN(Date.parse(set))) throw new Error(`BUILD_DATE must be a day written YYYY-MM-DD, not "${set}"`);
  return set;
}
