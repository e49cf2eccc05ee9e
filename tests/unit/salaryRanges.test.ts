import { describe, expect, it } from 'vitest';
import { compactMoney, groupBandsByScale } from '../../src/lib/salaryRanges';

describe('salary range groups', () => {
  it('groups bands by currency and period, keeping the file order', () => {
    const bands = [
      { role: 'A', currency: 'EUR', period: 'annual' as const },
      { role: 'B', currency: 'GBP', period: 'annual' as const },
      { role: 'C', currency: 'EUR', period: 'annual' as const },
      { role: 'D', currency: 'EUR', period: 'hourly' as const },
    ];
    expect(groupBandsByScale(bands).map((group) => [group.currency, group.period, group.bands.map((band) => band.role).join('')])).toEqual([
      ['EUR', 'annual', 'AC'],
      ['GBP', 'annual', 'B'],
      ['EUR', 'hourly', 'D'],
    ]);
  });

  it('writes short axis labels', () => {
    expect(compactMoney(50000, 'EUR')).toBe('€50k');
    expect(compactMoney(0, 'EUR')).toBe('€0');
    expect(compactMoney(1250000, 'GBP')).toBe('£1.3m');
  });
});
