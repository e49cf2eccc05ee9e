import { describe, expect, it } from 'vitest';
import { mostReportedQuestionPages, newestExperiencePages } from '../../src/integrations/offlineCache';

describe('newestExperiencePages', () => {
  const names = ['2024-05-01-data-analyst-1', '2026-02-21-software-engineer-1', '2025-11-30-product-manager-2', '2026-02-21-software-engineer-2'];

  it('picks the newest pages by their dated names, up to the limit', () => {
    expect(newestExperiencePages(names, 2)).toEqual(['2026-02-21-software-engineer-2', '2026-02-21-software-engineer-1']);
  });

  it('keeps every page when there are no more than the limit', () => {
    expect(newestExperiencePages(names, 4).sort()).toEqual([...names].sort());
  });
});

describe('mostReportedQuestionPages', () => {
  it('takes the most reported questions, bank order among equals, up to the limit', () => {
    const questions = [
      { slug: 'a', sources: [1] },
      { slug: 'b', sources: [1, 2, 3] },
      { slug: 'c', sources: [1, 2] },
      { slug: 'd', sources: [1, 2] },
    ];
    expect(mostReportedQuestionPages(questions, 3)).toEqual(['b', 'c', 'd']);
    expect(mostReportedQuestionPages(questions, 10)).toEqual(['b', 'c', 'd', 'a']);
  });
});
