import { describe, expect, it } from 'vitest';
import { NOT_REPORTED, difficultyLabels, labelOrNotReported } from '../../src/lib/labels';

describe('labels', () => {
  it('says "Not reported" for a value left out, never a guess', () => {
    expect(labelOrNotReported(difficultyLabels, undefined)).toBe(NOT_REPORTED);
    expect(labelOrNotReported(difficultyLabels, 'hard')).toBe('Hard');
  });
});
