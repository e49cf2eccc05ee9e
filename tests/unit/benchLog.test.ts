import { describe, expect, it } from 'vitest';
import { astroDuration, routeRendering } from '../../scripts/bench/measureBuild';

const log = [
  '18:30:13 \u001b[32m▶\u001b[39m src/pages/questions/[slug].astro',
  '18:30:13   ├─ /questions/recent/index.html (+12ms) ',
  '18:30:13   ├─ /questions/scalable-banking-api/index.html (+8ms) ',
  '18:30:13   └─ /questions/category/coding/index.html (+40ms) ',
  '18:30:13   └─ \u001b[2m/questions/reverse-a-linked-list/index.html\u001b[22m \u001b[2m(+5ms)\u001b[22m ',
].join('\n');

describe("reading the bench's build log", () => {
  it('sums the rendering time Astro logs for the pages of one kind', () => {
    expect(routeRendering(log, /^\/questions\/(?!category\/|recent\/)[^/]+\/index\.html$/)).toEqual({ pages: 2, ms: 13 });
    expect(routeRendering(log, /^\/experiences\//)).toEqual({ pages: 0, ms: 0 });
  });

  it("reads Astro's durations", () => {
    expect(astroDuration('710ms')).toBe(710);
    expect(astroDuration('1m 1s')).toBe(61_000);
  });
});
