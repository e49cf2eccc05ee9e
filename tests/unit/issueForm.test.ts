import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueFormConsent, issueFormLabels, issueSections } from '../../src/lib/issueForm';
import { fixturesRoot } from './contentFolders';

/** Reading an issue form's body into its sections, without running the importer (see contributionScripts.test.ts). */

const fixture = (name: string) => readFileSync(join(fixturesRoot, 'issues', name), 'utf8');
const allHeadings = [...Object.values(issueFormLabels), issueFormConsent.label];

describe('issueSections', () => {
  it('finds every field of a submitted form, an empty answer as an empty string', () => {
    const sections = issueSections(fixture('share-experience.md'));
    expect([...sections.keys()]).toEqual(allHeadings);
    expect(sections.get(issueFormLabels.result)).toBe('');
    expect(sections.get(issueFormLabels.role)).toBe('Test Engineer');
  });

  it('keeps a story with its own ### headings whole, even one named like an earlier field', () => {
    const sections = issueSections(fixture('story-with-headings.md'));
    expect([...sections.keys()]).toEqual(allHeadings);
    const story = sections.get(issueFormLabels.story);
    expect(story).toMatch(/^A synthetic issue body whose story has headings/);
    for (const line of ['### The phone screen', '#### What I would do again', '### Role', '###Not a heading without its space']) {
      expect(story?.split('\n')).toContain(line);
    }
    expect(story).toMatch(/The end of the story\.$/);
    expect(sections.get(issueFormLabels.role)).toBe('Test Lead');
    expect(sections.get(issueFormLabels.name)).toBe('Test Candidate');
  });

  it('splits only at the form\'s headings: any other ### line stays inside the answer', () => {
    const body = '### Role\n\nQA\n\n### Notes\n\nnot a field\n\n### Department\n\nSoftware Development';
    expect(Object.fromEntries(issueSections(body))).toEqual({ Role: 'QA\n\n### Notes\n\nnot a field', Department: 'Software Development' });
  });

  it('reads a body that starts with a byte-order mark and has Windows or old Mac line endings', () => {
    const bom = fixture('bom.md');
    // The fixture must keep its BOM and CR LF line ends, or this test proves nothing.
    expect(bom.startsWith('\uFEFF### Role\r\n')).toBe(true);
    const sections = issueSections(bom);
    expect([...sections.keys()]).toEqual(allHeadings);
    expect(sections.get(issueFormLabels.role)).toBe('Test Analyst');
    expect(sections.get(issueFormLabels.story)).not.toContain('\r');
    expect(Object.fromEntries(issueSections('\uFEFF### Role\rQA\r### Level\rSenior'))).toEqual({ Role: 'QA', Level: 'Senior' });
  });
});
