import type { SalaryBand } from '../schemas/salary';

/**
 * Salary bands drawn as range bars. Only bands in the same currency and paid over the same period can
 * share an axis, so the bands are grouped by both before they are drawn.
 */

export interface BandGroup<B extends Pick<SalaryBand, 'currency' | 'period'>> {
  currency: string;
  period: SalaryBand['period'];
  bands: B[];
}

/** Bands grouped by currency and period, groups and bands in the order the file lists them. */
export function groupBandsByScale<B extends Pick<SalaryBand, 'currency' | 'period'>>(bands: readonly B[]): BandGroup<B>[] {
  const groups: BandGroup<B>[] = [];
  for (const band of bands) {
    let group = groups.find((candidate) => candidate.currency === band.currency && candidate.period === band.period);
    if (!group) {
      group = { currency: band.currency, period: band.period, bands: [] };
      groups.push(group);
    }
    group.bands.push(band);
  }
  return groups;
}

/** "€50k": an axis label, short enough to sit under a tick. */
export function compactMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(amount);
}
