// Made once: creating a formatter costs far more than using one, and lists call formatDate thousands of times.
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "21 Feb 2026" from "2026-02-21"; dates are calendar days, so no time zone may shift them. */
export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "€40,000" from 40000 and "EUR". */
export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

/** "€40,000 – €55,000". */
export function formatRange(min: number, max: number, currency: string): string {
  return `${formatMoney(min, currency)} – ${formatMoney(max, currency)}`;
}

/** "1 round", "3 rounds". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** "3 weeks" for 21 days, "10 days" otherwise: a process length as a person would say it. */
export function formatDuration(days: number): string {
  return days >= 14 && days % 7 === 0 ? plural(days / 7, 'week') : plural(days, 'day');
}

/**
 * Days from what a person types: "21", "21 days", "3 weeks", "1 week", "2 months" (30 days each);
 * undefined when it is none of those.
 */
export function parseDuration(text: string): number | undefined {
  const match = /^\s*(\d+)\s*(d|days?|w|weeks?|m|months?)?\s*$/i.exec(text);
  if (!match) return undefined;
  const unit = (match[2] ?? 'd')[0].toLowerCase();
  return Number(match[1]) * (unit === 'w' ? 7 : unit === 'm' ? 30 : 1);
}
