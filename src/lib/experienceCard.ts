import { difficulties, sentiments, type Experience } from '../schemas/experience';
import { experienceFields } from './experienceFields';
import { renderedText } from './markdown';

/**
 * An experience as a card of the list shows it: its result and difficulty as badges (none for a value
 * left out), the opening of its story as plain words, and the keys the list sorts it by.
 */

/** A badge of a card: the field's label (spoken, and shown where the value alone would be unclear) and its value. */
export interface CardBadge {
  key: 'result' | 'difficulty';
  label: string;
  text: string;
  /** Whether the label is shown too: "Difficulty: Easy", but "Rejected" says what it is. */
  showLabel: boolean;
}

/** The result and difficulty an experience reports, as badges; a value left out has none. */
export function cardBadges(experience: Pick<Experience, 'result' | 'difficulty'>): CardBadge[] {
  const badges: CardBadge[] = [];
  const result = experienceFields.result.show(experience.result, { departmentName: '' });
  if (result) badges.push({ key: 'result', label: experienceFields.result.label, text: result, showLabel: false });
  const difficulty = experienceFields.difficulty.show(experience.difficulty, { departmentName: '' });
  if (difficulty) badges.push({ key: 'difficulty', label: experienceFields.difficulty.label, text: difficulty, showLabel: true });
  return badges;
}

/** Characters of a story a card keeps: about two lines of the widest card, which CSS clamps to two lines on every width. */
export const EXCERPT_CHARS = 220;

/**
 * The opening of a story as plain words: the Markdown read as a reader sees it (no syntax, no markup,
 * paragraphs joined), cut at a word before `maxChars` with "…". The page escapes it like any text.
 */
export function storyExcerpt(story: string, maxChars = EXCERPT_CHARS): string {
  const text = renderedText(story)
    .pieces.map((piece) => piece.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...text];
  if (chars.length <= maxChars) return text;
  const cut = chars.slice(0, maxChars).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord || cut).replace(/[\s.,;:!?\-–—]+$/u, '')}…`;
}

/** The orders the experience list offers, as `<key>-<direction>` of the sort keys below. */
export const experienceSorts = [
  { value: 'date-desc', label: 'Newest first' },
  { value: 'date-asc', label: 'Oldest first' },
  { value: 'difficulty-desc', label: 'Hardest first' },
  { value: 'difficulty-asc', label: 'Easiest first' },
  { value: 'sentiment-desc', label: 'Most positive first' },
  { value: 'sentiment-asc', label: 'Most negative first' },
] as const;

export type ExperienceSortKey = 'date' | 'difficulty' | 'sentiment';

/**
 * An experience's sort keys: its date, its difficulty from 1 (easy) to 3 (hard) and its sentiment from 1
 * (negative) to 3 (positive); empty for a value left out, which sorts last whichever the direction.
 */
export function experienceSortKeys(experience: Pick<Experience, 'date' | 'difficulty' | 'sentiment'>): Record<ExperienceSortKey, string> {
  return {
    date: experience.date,
    difficulty: experience.difficulty ? String(difficulties.indexOf(experience.difficulty) + 1) : '',
    sentiment: experience.sentiment ? String(sentiments.length - sentiments.indexOf(experience.sentiment)) : '',
  };
}

/** The orders worth offering for these experiences: by date always, by difficulty or sentiment once one experience gives it. */
export function experienceSortOptions(experiences: readonly Pick<Experience, 'date' | 'difficulty' | 'sentiment'>[]) {
  const keys = experiences.map(experienceSortKeys);
  return experienceSorts.filter((sort) => {
    const key = sort.value.split('-')[0] as ExperienceSortKey;
    return key === 'date' || keys.some((values) => values[key] !== '');
  });
}
