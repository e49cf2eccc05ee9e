import { locationFromAnswer, offerFromAnswer, questionFromLine, roundFromLine } from './experienceAnswers';
import type { Experience, Location } from '../schemas/experience';
import { formatDate, formatDuration, parseDuration, plural } from './format';
import { ANONYMOUS, channelLabels, difficultyLabels, formatLabels, levelLabels, negotiatedLabels, resultLabels, sentimentLabels } from './labels';

/**
 * The one table of an experience's fields: for each field of the schema, how it is asked (the issue
 * form's heading and the scaffold's prompt and flag), how a typed answer becomes its value, and how it is
 * shown and exported. The scaffold, the issue importer, the exports, the feed and the pages derive from
 * it; adding a field means the schema, this table, the issue form (`.github/ISSUE_TEMPLATE/`) and content.
 * The order of the table is the order in which the form and the scaffold ask, and the exports' columns.
 */

export type ExperienceKey = keyof Experience;

/** What the shown text of a field may need besides the experience: names that come from content. */
export interface FieldContext {
  departmentName: string;
}

/** What turning an answer into a value may need: the category ids a question line may start with. */
export interface AnswerContext {
  categories: readonly string[];
}

export interface ExperienceField<K extends ExperienceKey> {
  /** What pages, cards and the CSV call the field. */
  label: string;
  /** The heading of the field in the issue form (`### Heading` in the issue body). */
  formLabel: string;
  /** The scaffold's question. */
  prompt: string;
  /** The scaffold's flag, `--<flag> value`. */
  flag: string;
  /** Whether the schema requires it: the scaffold and the form insist. */
  required: boolean;
  /** An answer of several lines: one item per line (`list`), or free text ended by a line with a dot (`text`). */
  lines?: 'list' | 'text';
  /**
   * The fixed answers, with their words (the issue form's dropdown options): the answer may be one, its words
   * or its number in the list, and becomes the answer itself; `fromAnswer`, when given, turns that into the value.
   */
  choices?: Record<string, string>;
  /** The value from what a contributor typed (already trimmed, never empty); anything it cannot read is kept as typed, for the schema to report. */
  fromAnswer?: (answer: string, context: AnswerContext) => unknown;
  /** Like `fromAnswer`, for a `list` field: one item per line. */
  fromLines?: (lines: string[], context: AnswerContext) => unknown;
  /** The field as readers see it; undefined when the candidate left it out (shown as "Not reported"). */
  show: (value: Experience[K], context: FieldContext) => string | undefined;
  /** The CSV column; the cell is `show`'s text (lists one item per line), "Not reported" where it is left out unless `csvEmpty`. */
  csvColumn: string;
  /** The CSV cell for an absent value; "Not reported" when not given. */
  csvEmpty?: string;
  /** The CSV cell of a given value, when it is not `show`'s text. */
  csv?: (value: Exclude<Experience[K], undefined>, context: FieldContext) => string;
}

/** The table: one entry per field of the schema, so a field the table misses is a type error. */
export type FieldTable = { [K in ExperienceKey]: ExperienceField<K> };

/**
 * Any table of fields, the type of its values forgotten: what the functions that derive the scaffold, the
 * issue form and the exports from a table take, so a test can hand them a table with a field the schema
 * does not have yet. `show` and `csv` are then called with `as never`, their value coming from an experience.
 */
export type AnyFieldTable = Record<string, ExperienceField<never>>;

/** The keys of a table in its order. */
export function fieldKeys<T extends AnyFieldTable>(table: T): (keyof T & string)[] {
  return Object.keys(table);
}

const labelOf =
  <V extends string>(labels: Record<V, string>) =>
  (value: V | undefined) =>
    value === undefined ? undefined : labels[value];

/** "Amsterdam, Netherlands", "Netherlands" or "Remote". */
export function showLocation(location: Location): string {
  return location === 'remote' ? 'Remote' : location.city ? `${location.city}, ${location.country}` : location.country;
}

const text = (value: string | undefined) => value;

export const experienceFields: FieldTable = {
  role: {
    label: 'Role',
    formLabel: 'Role',
    prompt: 'Role you applied for (job title, e.g. "Software Engineer")',
    flag: 'role',
    required: true,
    show: text,
    csvColumn: 'role',
  },
  department: {
    label: 'Department',
    formLabel: 'Department',
    prompt: 'Department',
    flag: 'department',
    required: true,
    show: (_, { departmentName }) => departmentName,
    csvColumn: 'department',
  },
  level: {
    label: 'Level',
    formLabel: 'Level',
    prompt: 'Level of the role',
    flag: 'level',
    required: true,
    choices: levelLabels,
    show: labelOf(levelLabels),
    csvColumn: 'level',
  },
  appliedVia: {
    label: 'Applied via',
    formLabel: 'How you applied',
    prompt: 'How you applied',
    flag: 'applied-via',
    required: true,
    choices: channelLabels,
    show: labelOf(channelLabels),
    csvColumn: 'applied via',
  },
  difficulty: {
    label: 'Difficulty',
    formLabel: 'Difficulty',
    prompt: 'How hard it felt (Enter to skip)',
    flag: 'difficulty',
    required: false,
    choices: difficultyLabels,
    show: labelOf(difficultyLabels),
    csvColumn: 'difficulty',
  },
  result: {
    label: 'Result',
    formLabel: 'Result',
    prompt: 'How it ended (Enter to skip)',
    flag: 'result',
    required: false,
    choices: resultLabels,
    show: labelOf(resultLabels),
    csvColumn: 'result',
  },
  offer: {
    label: 'Offer',
    formLabel: 'Did you negotiate the offer?',
    prompt: 'If there was an offer: did you negotiate it? (Enter to skip)',
    flag: 'negotiated',
    required: false,
    // The answer is a choice; the value it gives is the offer, `{ negotiated }`.
    choices: { yes: 'Yes', no: 'No' },
    fromAnswer: offerFromAnswer,
    show: (offer) => offer && (offer.negotiated ? negotiatedLabels.yes : negotiatedLabels.no),
    csvColumn: 'offer negotiated',
    csv: (offer) => (offer.negotiated ? 'yes' : 'no'),
  },
  sentiment: {
    label: 'Overall experience',
    formLabel: 'Overall experience',
    prompt: 'How you felt about the process overall (Enter to skip)',
    flag: 'sentiment',
    required: false,
    choices: sentimentLabels,
    show: labelOf(sentimentLabels),
    csvColumn: 'sentiment',
  },
  duration: {
    label: 'Process length',
    formLabel: 'How long the process took',
    prompt: 'How long from applying to the final answer, e.g. "3 weeks" or "10 days" (Enter to skip)',
    flag: 'duration',
    required: false,
    fromAnswer: (answer) => parseDuration(answer) ?? answer,
    show: (days) => (days === undefined ? undefined : formatDuration(days)),
    csvColumn: 'duration (days)',
    csv: (days) => String(days),
  },
  location: {
    label: 'Location',
    formLabel: 'Location',
    prompt: 'Where the office was, as "Country" or "City, Country", or "Remote" (Enter to skip)',
    flag: 'location',
    required: false,
    fromAnswer: locationFromAnswer,
    show: (location) => location && showLocation(location),
    csvColumn: 'location',
  },
  format: {
    label: 'Interview format',
    formLabel: 'Interview format',
    prompt: 'Were the interviews remote, on-site or mixed? (Enter to skip)',
    flag: 'format',
    required: false,
    choices: formatLabels,
    show: labelOf(formatLabels),
    csvColumn: 'format',
  },
  rounds: {
    label: 'Interview rounds',
    formLabel: 'Number of rounds',
    prompt: 'Number of interview rounds (1 to 15)',
    flag: 'rounds',
    required: true,
    // A number when it is one; anything else is kept as typed, so the check can say what was found.
    fromAnswer: (answer) => (/^\d+$/.test(answer) ? Number(answer) : answer),
    show: (rounds) => plural(rounds, 'round'),
    csvColumn: 'rounds',
    csv: (rounds) => String(rounds),
  },
  timeline: {
    label: 'Rounds in order',
    formLabel: 'Rounds in order',
    prompt: 'The rounds in order, one per line as "name - notes" (notes optional); an empty line finishes, or skips',
    flag: 'round',
    required: false,
    lines: 'list',
    fromLines: (lines) => lines.map(roundFromLine),
    show: (timeline) => timeline?.map((round) => round.name).join('\n'),
    csvColumn: 'round names',
    csvEmpty: '',
  },
  questions: {
    label: 'Questions asked',
    formLabel: 'Questions you were asked',
    prompt:
      'Questions you were asked, one per line; start a line with a category and a colon to file it, e.g. "coding: Reverse a linked list"; an empty line finishes',
    flag: 'question',
    required: false,
    lines: 'list',
    fromLines: (lines, { categories }) => lines.map((line) => questionFromLine(line, categories)),
    show: (questions) => questions.map((question) => question.text).join('\n'),
    csvColumn: 'questions',
  },
  advice: {
    label: 'Advice',
    formLabel: 'Advice for the next candidate',
    prompt: 'Your advice for the next candidate, one paragraph (Enter to skip)',
    flag: 'advice',
    required: false,
    show: text,
    csvColumn: 'advice',
    csvEmpty: '',
  },
  story: {
    label: 'Full experience',
    formLabel: 'Your story',
    prompt: 'Your story, in Markdown; several lines and paragraphs are fine. Finish with a line holding only "."',
    flag: 'story',
    required: true,
    lines: 'text',
    show: text,
    csvColumn: 'story',
  },
  name: {
    label: 'Candidate',
    formLabel: 'Name to show',
    prompt: 'Name to show with your experience (Enter to stay anonymous)',
    flag: 'name',
    required: false,
    show: (name) => name ?? ANONYMOUS,
    csvColumn: 'name',
  },
  date: {
    label: 'Date',
    formLabel: 'Date of the interview',
    prompt: 'Date of the interview, YYYY-MM-DD',
    flag: 'date',
    required: true,
    show: formatDate,
    csvColumn: 'date',
    csv: (date) => date,
  },
};

/** The fields in the table's order: the order the form and the scaffold ask in, and the exports' columns. */
export const experienceKeys: ExperienceKey[] = fieldKeys(experienceFields);

/** One field's shown text; undefined when the candidate left it out. */
export function showField<K extends ExperienceKey>(key: K, experience: Experience, context: FieldContext): string | undefined {
  return experienceFields[key].show(experience[key], context);
}
