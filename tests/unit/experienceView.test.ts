import { describe, expect, it } from 'vitest';
import { experienceFacetNames, experienceFacets } from '../../src/lib/experienceView';
import type { Experience } from '../../src/schemas/experience';

const experience: Experience = {
  role: 'Engineer',
  department: 'software-development',
  level: 'mid-level',
  appliedVia: 'company-website',
  rounds: 2,
  questions: [],
  story: 'A story.',
  date: '2026-01-01',
};

describe('experienceFacets', () => {
  it('labels every facet, "Not reported" where the candidate left a value out', () => {
    expect(experienceFacets(experience, 'Software Development')).toEqual({
      department: 'Software Development',
      level: 'Mid-level',
      difficulty: 'Not reported',
      result: 'Not reported',
      via: 'Company website',
    });
    expect(experienceFacets({ ...experience, difficulty: 'hard', result: 'offer-accepted' }, 'X')).toMatchObject({
      difficulty: 'Hard',
      result: 'Offer accepted',
    });
  });

  it('has a label for every facet it fills', () => {
    expect(Object.keys(experienceFacetNames).sort()).toEqual(Object.keys(experienceFacets(experience, 'X')).sort());
  });
});
