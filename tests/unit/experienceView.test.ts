import { describe, expect, it } from 'vitest';
import { experienceFacetNames, experienceFacets, experienceFacts } from '../../src/lib/experienceView';
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
      sentiment: 'Not reported',
      format: 'Not reported',
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

describe('experienceFacts', () => {
  const facts = (value: Experience) =>
    Object.fromEntries(experienceFacts(value, { departmentName: 'Software Development' }).map((fact) => [fact.key, fact]));

  it('says "Not reported" for every optional fact left out, and marks it as not reported', () => {
    const shown = facts(experience);
    for (const key of ['difficulty', 'result', 'offer', 'sentiment', 'duration', 'location', 'format'])
      expect(shown[key], key).toMatchObject({ text: 'Not reported', reported: false });
    expect(shown.name).toMatchObject({ label: 'Candidate', text: 'Anonymous', reported: true });
  });

  it('writes one round and one week in the singular, and the new fields in words', () => {
    const shown = facts({
      ...experience,
      rounds: 1,
      result: 'offer-accepted',
      offer: { negotiated: true },
      sentiment: 'positive',
      duration: 21,
      location: { country: 'Netherlands', city: 'Amsterdam' },
      format: 'mixed',
    });
    expect(shown.rounds.text).toBe('1 round');
    expect(shown.duration.text).toBe('3 weeks');
    expect(facts({ ...experience, duration: 10 }).duration.text).toBe('10 days');
    expect(shown.location.text).toBe('Amsterdam, Netherlands');
    expect(facts({ ...experience, location: 'remote' }).location.text).toBe('Remote');
    expect(shown.offer.text).toBe('Negotiated');
    expect(shown.sentiment.text).toBe('Positive');
    expect(shown.format.text).toBe('Mixed');
  });

  it('leaves out how an offer went when the result says there was none, and keeps it otherwise', () => {
    const keys = (value: Experience) => experienceFacts(value, { departmentName: 'X' }).map((fact) => fact.key);
    expect(keys({ ...experience, result: 'rejected' })).not.toContain('offer');
    expect(keys({ ...experience, result: 'pending' })).not.toContain('offer');
    expect(keys({ ...experience, result: 'offer-declined' })).toContain('offer');
    expect(keys(experience)).toContain('offer');
  });
});
