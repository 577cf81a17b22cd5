import { describe, expect, it } from 'vitest';
import { CHART_SIZES, distributionChart, toSvgString, wordCloudChart } from '../../../shared/charts/index.js';

describe('shared SVG charts', () => {
  it('escapes words and labels in text and attributes', () => {
    const svg = toSvgString(
      wordCloudChart(
        { title: 'Ord "med" <citat>', words: [{ word: '<script>alert(1)</script>', count: 3 }] },
        CHART_SIZES.page,
      ),
    );
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).not.toMatch(/"med"/);
  });

  it('draws one bar per value with its count written, the same way every time', () => {
    const data = {
      title: 'Trivsel',
      bars: [
        { value: 1, count: 0 },
        { value: 2, count: 3 },
        { value: 3, count: 1 },
      ],
      ends: ['Lav', 'Høj'] as [string, string],
    };
    const first = toSvgString(distributionChart(data, CHART_SIZES.page));
    expect(toSvgString(distributionChart(data, CHART_SIZES.page))).toBe(first);
    const bars = first.match(/<rect[^>]*>/g) ?? [];
    expect(bars.length).toBeGreaterThanOrEqual(3);
    for (const count of ['0', '3', '1']) expect(first).toContain(`>${count}</text>`);
    expect(first).toContain('Lav');
  });
});
