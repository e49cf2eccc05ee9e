import { describe, expect, it } from 'vitest';
import { keepNewestExperiences } from '../../src/integrations/offlineCache';

const entry = (url: string) => ({ url, revision: 'r', size: 1 });

describe('keepNewestExperiences', () => {
  const entries = [
    entry('/index.html'),
    entry('/experiences/index.html'),
    entry('/experiences/2024-05-01-data-analyst-1/index.html'),
    entry('/experiences/2026-02-21-software-engineer-1/index.html'),
    entry('/experiences/2025-11-30-product-manager-2/index.html'),
    entry('/pagefind/fragment/en_1.pf_fragment'),
  ];

  it('keeps the newest experience pages up to the limit, and everything else', () => {
    expect(keepNewestExperiences(entries, 2).map((kept) => kept.url)).toEqual([
      '/index.html',
      '/experiences/index.html',
      '/experiences/2026-02-21-software-engineer-1/index.html',
      '/experiences/2025-11-30-product-manager-2/index.html',
      '/pagefind/fragment/en_1.pf_fragment',
    ]);
  });

  it('keeps every entry when there are no more experiences than the limit, under a base path too', () => {
    const based = entries.map((kept) => ({ ...kept, url: `/guide-base${kept.url}` }));
    expect(keepNewestExperiences(based, 3)).toEqual(based);
  });
});
