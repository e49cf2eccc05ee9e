import { describe, expect, it } from 'vitest';
import { barChart, defaultSizes, fitLabel, niceStep, niceTicks, rangeChart } from '../../src/lib/svgCharts';

describe('nice scales', () => {
  it('picks 1, 2 or 5 times a power of ten', () => {
    expect([0.3, 1, 1.5, 3, 7, 19000, 20000, 20001].map(niceStep)).toEqual([0.5, 1, 2, 5, 10, 20000, 20000, 50000]);
    expect(niceStep(0)).toBe(1);
  });

  it('ticks from zero to the first nice value at or above the maximum', () => {
    expect(niceTicks(95000)).toEqual([0, 20000, 40000, 60000, 80000, 100000]);
    expect(niceTicks(100000)).toEqual([0, 20000, 40000, 60000, 80000, 100000]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe('fitLabel', () => {
  it('keeps a label that fits and shortens one that does not', () => {
    expect(fitLabel('Design', 10)).toBe('Design');
    expect(fitLabel('Sales and Client Success', 10)).toBe('Sales and…');
    expect([...fitLabel('Sales and Client Success', 10)].length).toBeLessThanOrEqual(10);
  });
});

describe('barChart', () => {
  const chart = barChart(
    [
      { label: 'Easy', value: 1 },
      { label: 'Medium', value: 0 },
      { label: 'Hard', value: 4, valueText: '4 (80%)' },
    ],
    5,
  );

  it("draws each bar as its value's share of the total, so the bars of parts add up to the full width", () => {
    expect(chart.rows.map((row) => row.barWidth)).toEqual([defaultSizes.width / 5, 0, (defaultSizes.width * 4) / 5]);
  });

  it('draws five answers of one each a fifth of the width each, never five full bars', () => {
    const even = barChart(
      Array.from({ length: 5 }, (_, index) => ({ label: `Channel ${index}`, value: 1 })),
      5,
    );
    expect(even.rows.map((row) => row.barWidth)).toEqual(Array(5).fill(defaultSizes.width / 5));
    expect(even.rows.reduce((sum, row) => sum + row.barWidth, 0)).toBeCloseTo(defaultSizes.width);
  });

  it('never draws a bar past the full width or below zero', () => {
    expect(barChart([{ label: 'A', value: 9 }], 3).rows[0].barWidth).toBe(defaultSizes.width);
    expect(barChart([{ label: 'A', value: -1 }], 3).rows[0].barWidth).toBe(0);
  });

  it('stacks rows without overlap and fits them in the drawing', () => {
    for (const [index, row] of chart.rows.entries()) {
      expect(row.barY).toBeGreaterThan(row.textY);
      if (index === 0) expect(row.textY - chart.fontSize).toBeGreaterThanOrEqual(0);
      if (index > 0) expect(row.textY).toBeGreaterThan(chart.rows[index - 1].barY + chart.rows[index - 1].barHeight);
      expect(row.barY + row.barHeight).toBeLessThanOrEqual(chart.height);
    }
  });

  it('writes the value, or the given text, beside each label', () => {
    expect(chart.rows.map((row) => row.valueText)).toEqual(['1', '0', '4 (80%)']);
    expect(chart.rows.map((row) => row.label)).toEqual(['Easy', 'Medium', 'Hard']);
  });

  it('draws no bar at all when the total is zero', () => {
    expect(barChart([{ label: 'A', value: 0 }], 0).rows[0].barWidth).toBe(0);
    expect(barChart([], 0).height).toBe(0);
  });

  it('shortens a label too long for the row but keeps the full one', () => {
    const row = barChart([{ label: 'x'.repeat(200), value: 1 }], 1).rows[0];
    expect(row.label.length).toBeLessThan(200);
    expect(row.label.endsWith('…')).toBe(true);
    expect(row.fullLabel).toBe('x'.repeat(200));
  });
});

describe('rangeChart', () => {
  const chart = rangeChart(
    [
      { label: 'Junior', min: 40000, max: 55000, valueText: '€40,000 – €55,000' },
      { label: 'Senior', min: 70000, max: 95000, valueText: '€70,000 – €95,000' },
    ],
    (value) => `${value / 1000}K`,
  );
  const width = defaultSizes.width;

  it('puts every band on one axis from zero', () => {
    expect(chart.axis.ticks.map((tick) => tick.label)).toEqual(['0K', '20K', '40K', '60K', '80K', '100K']);
    expect(chart.axis.ticks[0].x).toBe(0);
    expect(chart.axis.ticks.at(-1)!.x).toBe(width);
    expect(chart.rows[0].barX).toBe(width * 0.4);
    expect(chart.rows[0].barWidth).toBeCloseTo(width * 0.15);
    expect(chart.rows[1].barX + chart.rows[1].barWidth).toBeCloseTo(width * 0.95);
  });

  it('anchors the end tick labels inwards so they stay inside the drawing', () => {
    expect(chart.axis.ticks.map((tick) => tick.anchor)).toEqual(['start', 'middle', 'middle', 'middle', 'middle', 'end']);
  });

  it('draws the axis below every bar and its labels inside the drawing', () => {
    for (const row of chart.rows) expect(row.barY + row.barHeight).toBeLessThanOrEqual(chart.axis.y);
    expect(chart.axis.y + chart.fontSize).toBeLessThanOrEqual(chart.height);
  });

  it('still marks a band of a single figure', () => {
    const single = rangeChart([{ label: 'Fixed', min: 50000, max: 50000, valueText: '€50,000' }], String);
    expect(single.rows[0].barWidth).toBeGreaterThan(0);
  });
});
