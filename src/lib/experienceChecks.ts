import { experienceSchema, type Experience } from '../schemas/experience';
import { checkValue, fieldName, type ContentProblem } from './contentProblems';
import { parseContentYaml, type YamlFile } from './yamlContent';
import { findPersonalData } from './personalData';
import { slugify } from './slugs';
import { normaliseLinkTarget, profileLinkKind } from './linkTargets';
import { renderedText } from './markdown';
import { quoted, type TextFinding, type TextRule } from './textFindings';
import { findUnsafeMarkup } from './unsafeMarkup';

/**
 * The checks every contributed experience goes through, as pure functions over a file's name and bytes:
 * file type and name, size, encoding, YAML, schema, references to departments and categories, personal
 * data and markup in every text field. `src/loaders/validateContent.ts` runs them over the content folder.
 */

/** A problem, marked when it comes from the privacy or safety rules rather than the schema. */
export interface CheckedProblem extends ContentProblem {
  rule?: TextRule;
}

/** The largest experience file accepted. The longest possible fields fit; anything bigger is not one person's story. */
export const maxExperienceFileBytes = 64 * 1024;

/**
 * What an experience is checked against: ids that references may point to (a list left undefined could
 * not be read, so references to it are not checked), and the span of days an interview can be dated in.
 */
export interface KnownIds {
  departments?: readonly string[];
  categories?: readonly string[];
  /** The company's founding year: no experience is older. */
  foundedYear?: number;
  /** Today, YYYY-MM-DD: no experience is dated later. */
  today?: string;
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const markupExtensions = new Set(['.md', '.mdx', '.markdown', '.html', '.htm', '.astro']);

/** Problems with the name of a file in `content/experiences/`, found before it is read. */
export function experienceFileNameProblems(name: string, file: string): CheckedProblem[] {
  const written = /\.[^.]*$/.exec(name)?.[0] ?? '';
  const extension = written.toLowerCase();
  const stem = written ? name.slice(0, -written.length) : name;
  // The build reads exactly `.yaml`: any other spelling would be silently left out of the site.
  if (extension === '.yaml' && written !== '.yaml')
    return [
      {
        file,
        message: `experience files end in .yaml, in lowercase; rename it to ${idPattern.test(stem) ? stem : slugify(stem) || 'yyyy-mm-dd-role-1'}.yaml`,
      },
    ];
  if (extension === '.yml') return [{ file, message: `experience files end in .yaml; rename it to ${stem}.yaml` }];
  if (markupExtensions.has(extension)) {
    return [
      {
        file,
        message: `a ${extension} file cannot be an experience: experiences are YAML files (.yaml), so every field can be checked and no markup or code is ever published. Move the text into a .yaml file (npm run new:experience writes one, or copy an existing experience) and delete this file`,
      },
    ];
  }
  if (extension === '.json') {
    return [
      {
        file,
        message:
          'JSON files are not read here: experiences are YAML files (.yaml). Write the same fields as YAML (npm run new:experience writes one) and delete this file',
      },
    ];
  }
  if (extension !== '.yaml')
    return [{ file, message: 'only experience files ending in .yaml belong in content/experiences/; move or delete this file' }];
  if (!idPattern.test(stem)) {
    const suggestion = slugify(stem) || 'yyyy-mm-dd-role-1';
    return [
      {
        file,
        message: `the file name becomes the page address, so it must be lowercase letters, digits and single hyphens, like 2026-03-01-software-engineer-1.yaml; rename it to ${suggestion}.yaml`,
      },
    ];
  }
  return [];
}

/** Checks one experience file: size, encoding, YAML, schema, references, personal data and markup, all at once. */
/**
 * Every check of one experience file. `data` is the file as read when its fields and references are
 * right; it is valid only when `problems` is empty too (the rest are privacy and safety problems).
 */
export function checkExperienceFile(file: string, bytes: Uint8Array, known: KnownIds): { data?: Experience; problems: CheckedProblem[] } {
  if (bytes.length > maxExperienceFileBytes) {
    const size = (bytes.length / 1024).toFixed(1);
    return {
      problems: [
        {
          file,
          message: `the file is ${size} KB; an experience file may be at most ${maxExperienceFileBytes / 1024} KB. Shorten the story, advice or notes`,
        },
      ],
    };
  }
  const parsed = parseContentYaml(bytes, file);
  if (parsed.problems.length) return { problems: parsed.problems };
  const { data, problems } = checkValue(experienceSchema, parsed.value, file, parsed.locate);
  const structural = [...problems, ...referenceProblems(parsed.value, file, parsed.locate, known)];
  const all: CheckedProblem[] = [...structural, ...textProblems(parsed.value, file, parsed)];
  // Data that only fails the privacy and safety rules is still returned: a build that is told to let
  // such text through (to prove the pages render it inertly) loads it from here.
  return { data: structural.length ? undefined : data, problems: all };
}

function listed(ids: readonly string[]): string {
  return ids.length > 12 ? `${ids.slice(0, 12).join(', ')}, …` : ids.join(', ');
}

/** Department and question category ids that name nothing in `departments.yaml` / `question-categories.yaml`. */
function referenceProblems(value: unknown, file: string, locate: YamlFile['locate'], known: KnownIds): CheckedProblem[] {
  if (!value || typeof value !== 'object') return [];
  const problems: CheckedProblem[] = [];
  const at = (path: PropertyKey[], message: string) => {
    const position = locate(path);
    problems.push({ file, line: position?.line, column: position?.column, field: fieldName(path), message });
  };
  const { department, questions, date } = value as { department?: unknown; questions?: unknown; date?: unknown };
  if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
    if (known.foundedYear !== undefined && Number(date.slice(0, 4)) < known.foundedYear) {
      at(['date'], `${date} is before the company was founded (${known.foundedYear}, in company.yaml); write the date the interview happened`);
    }
    if (known.today && date > known.today) at(['date'], `${date} is in the future (today is ${known.today}); write the date the interview happened`);
  }
  if (known.departments && typeof department === 'string' && idPattern.test(department) && !known.departments.includes(department)) {
    at(['department'], `"${department}" is not a department id in departments.yaml; use one of: ${listed(known.departments)}`);
  }
  if (known.categories && Array.isArray(questions)) {
    questions.forEach((question, index) => {
      const category = (question as { category?: unknown } | null)?.category;
      if (typeof category === 'string' && idPattern.test(category) && !known.categories!.includes(category)) {
        at(
          ['questions', index, 'category'],
          `"${category}" is not a question category id in question-categories.yaml; use one of: ${listed(known.categories!)}, or leave category out`,
        );
      }
    });
  }
  return problems;
}

/** Every string in a parsed value, with its path. */
function stringsIn(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringsIn(item, [...path, key]));
  return [];
}

/** A finding in a field's text, with the 0-based line of the text it stands on when it was found in the rendered text. */
interface PlacedFinding {
  finding: TextFinding;
  line?: number;
}

/** Characters Markdown turns into something else (escapes, references, emphasis, code, links); text without them renders as it is. */
const markdownSyntax = /[\\&*_`<[\]~|]/;

/**
 * What a reader would see of a text, checked too: the rendered text (where escapes and character
 * references turn `jane&#64;example.org` into an address) and every link destination, normalised as a
 * browser would read it. Kinds already found in the raw text are not reported again.
 */
function renderedFindings(text: string, rawKinds: Set<string>): PlacedFinding[] {
  if (!markdownSyntax.test(text)) return [];
  const { pieces, links } = renderedText(text);
  const placed: PlacedFinding[] = [];
  for (const piece of pieces) {
    for (const finding of findPersonalData(piece.text)) {
      placed.push({ finding, line: piece.line + (piece.text.slice(0, finding.index).match(/\n/g)?.length ?? 0) });
    }
  }
  for (const link of links) {
    const finding = linkFinding(link.text);
    if (finding) placed.push({ finding, line: link.line });
  }
  return placed.filter(({ finding }) => !rawKinds.has(finding.kind));
}

/** A link destination that is not an ordinary web page: another scheme, an e-mail address, or someone's profile. */
function linkFinding(href: string): TextFinding | undefined {
  const target = normaliseLinkTarget(href);
  if (!target) return undefined;
  const found = quoted(href);
  if (target.scheme === 'mailto') {
    return {
      rule: 'privacy',
      kind: 'email',
      index: 0,
      found: href,
      message: `links to an e-mail address (${found}); everything in an experience is public, so contact details are refused to protect you and others from being identified and spammed. Remove it`,
    };
  }
  if (target.scheme !== 'http' && target.scheme !== 'https') {
    return {
      rule: 'safety',
      kind: 'link-scheme',
      index: 0,
      found: href,
      message: `links to a ${target.scheme}: address (${found}); only https:// links to web pages are allowed. Remove the link`,
    };
  }
  const profile = profileLinkKind(target);
  if (profile) {
    return {
      rule: 'privacy',
      kind: 'profile-link',
      index: 0,
      found: href,
      message: `links to ${profile} (${found}); experiences must not point to anyone's personal profile, yours or an interviewer's. Remove the link; to be credited, put the name you want shown in "name"`,
    };
  }
  return undefined;
}

/**
 * Personal data and markup in every text field, in the text as written and as it will be published.
 * Each kind of finding is reported once per field (with a count of the others), at its own line when
 * the field is a `|` block of text.
 */
function textProblems(value: unknown, file: string, parsed: YamlFile): CheckedProblem[] {
  const lines = parsed.text?.split('\n') ?? [];
  const problems: CheckedProblem[] = [];
  for (const { path, text } of stringsIn(value)) {
    const raw: PlacedFinding[] = [...findPersonalData(text), ...findUnsafeMarkup(text)].map((finding) => ({ finding }));
    const all = [...raw, ...renderedFindings(text, new Set(raw.map(({ finding }) => finding.kind)))];
    const byKind = new Map<string, PlacedFinding[]>();
    for (const placed of all) byKind.set(placed.finding.kind, [...(byKind.get(placed.finding.kind) ?? []), placed]);
    const position = parsed.locate(path);
    for (const [first, ...others] of byKind.values()) {
      const place = position && placeOf(first, text, position, lines);
      const more = others.length ? ` (${others.length} more like it in this field)` : '';
      problems.push({
        file,
        line: place?.line,
        column: place?.column,
        field: fieldName(path) || undefined,
        message: first.finding.message + more,
        rule: first.finding.rule,
      });
    }
  }
  return problems;
}

/**
 * The line and column of a finding in the file. In a `|` block each line of the text is a line of the
 * file; other values may be folded over lines, so the finding is looked for near the field.
 */
function placeOf(
  { finding, line: renderedLine }: PlacedFinding,
  text: string,
  field: { line: number; column: number },
  lines: string[],
): { line: number; column?: number } {
  const needle = finding.found.split('\n')[0];
  const block = lines[field.line - 1]?.slice(field.column - 1).startsWith('|');
  if (block) {
    const line = field.line + 1 + (renderedLine ?? text.slice(0, finding.index).match(/\n/g)?.length ?? 0);
    const column = lines[line - 1]?.indexOf(needle) ?? -1;
    return { line, column: column >= 0 ? column + 1 : undefined };
  }
  const last = Math.min(lines.length, field.line + 2 * (text.match(/\n/g)?.length ?? 0) + 1);
  for (let line = field.line; line <= last; line++) {
    const column = lines[line - 1].indexOf(needle, line === field.line ? field.column - 1 : 0);
    if (column >= 0) return { line, column: column + 1 };
  }
  return { line: field.line };
}

const normalised = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Experiences that are likely the same one added twice: the same role, date and questions, or the same
 * story. Reported on the later file, naming the earlier one.
 */
export function findLikelyDuplicates(experiences: readonly { file: string; data: Experience }[]): CheckedProblem[] {
  const seen = new Map<string, string>();
  const problems: CheckedProblem[] = [];
  for (const { file, data } of experiences) {
    const questions = data.questions.map((question) => normalised(question.text)).sort();
    const keys: [string, string][] = [];
    if (questions.length) keys.push([`q|${normalised(data.role)}|${data.date}|${questions.join('|')}`, 'the same role, date and questions']);
    if (normalised(data.story).length >= 40) keys.push([`s|${normalised(data.story)}`, 'the same story']);
    const match = keys.find(([key]) => seen.has(key));
    if (match) {
      problems.push({
        file,
        message: `looks like a duplicate of ${seen.get(match[0])} (${match[1]}); if this is another interview, say what differs, otherwise delete this file`,
      });
    }
    for (const [key] of keys) if (!seen.has(key)) seen.set(key, file);
  }
  return problems;
}
