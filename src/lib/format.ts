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
