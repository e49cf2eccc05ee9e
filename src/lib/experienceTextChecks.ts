import { fieldName, type ContentProblem } from './contentProblems';
import { normaliseLinkTarget, profileLinkKind } from './linkTargets';
import { renderedText } from './markdown';
import { findPersonalData } from './personalData';
import { quoted, type TextFinding, type TextRule } from './textFindings';
import { findUnsafeMarkup } from './unsafeMarkup';
import type { YamlFile } from './yamlContent';

/**
 * The privacy and safety checks of every text field of an experience, on the text as written and as it
 * will be published (rendered Markdown, link destinations as a browser reads them), each finding placed at
 * its line of the file.
 */

/** A problem, marked when it comes from the privacy or safety rules rather than the schema. */
export interface CheckedProblem extends ContentProblem {
  rule?: TextRule;
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
export function textProblems(value: unknown, file: string, parsed: YamlFile): CheckedProblem[] {
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
