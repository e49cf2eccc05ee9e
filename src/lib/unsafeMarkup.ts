import { matchesOf, quoted, type TextFinding } from './textFindings';

/**
 * Markup and code in contributed text. Experiences are plain text with Markdown; the pages already render
 * them inertly, and refusing markup at the door as well means a mistake in rendering can never publish a
 * script, and nothing an MDX compiler would run ever lands in content. Code between backticks (inline or a
 * fenced block) is shown as code, so it is not checked: that is how a contributor quotes `List<String>`.
 */

const codeHint = 'to quote code, put it between backticks like `this`';

const blank = (code: string) => code.replace(/[^\n]/g, ' ');

/** Blanks out Markdown code (fenced blocks and inline spans), keeping every offset and line break in place. */
export function maskCode(text: string): string {
  // A fence runs to the next fence of the same kind and at least its length, or to the end of the text.
  const fenced = text
    .replace(/^ {0,3}(`{3,})(?!`)[^`\n]*\n[\s\S]*?(?:^ {0,3}\1`*[ \t]*$|(?![\s\S]))/gm, blank)
    .replace(/^ {0,3}(~{3,})(?!~)[^\n]*\n[\s\S]*?(?:^ {0,3}\1~*[ \t]*$|(?![\s\S]))/gm, blank);
  return maskCodeSpans(fenced);
}

/**
 * Inline code: a run of backticks opens a span that the next run of the same length closes (as in
 * CommonMark). Done in one pass over the runs, so a text made of backticks cannot make it slow.
 */
function maskCodeSpans(text: string): string {
  const runs = [...text.matchAll(/`+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const byLength = new Map<number, number[]>();
  runs.forEach((run, index) => {
    const length = run.end - run.start;
    if (!byLength.has(length)) byLength.set(length, []);
    byLength.get(length)!.push(index);
  });
  const next = new Map<number, number>();
  const parts: string[] = [];
  let done = 0;
  for (let index = 0; index < runs.length;) {
    const length = runs[index].end - runs[index].start;
    const same = byLength.get(length)!;
    let position = next.get(length) ?? 0;
    while (position < same.length && same[position] <= index) position++;
    next.set(length, position);
    if (position === same.length) {
      index++;
      continue;
    }
    const close = runs[same[position]];
    parts.push(text.slice(done, runs[index].start), blank(text.slice(runs[index].start, close.end)));
    done = close.end;
    index = same[position] + 1;
  }
  return parts.join('') + text.slice(done);
}

/** Letters as a browser reads them in a link: case-insensitive, maybe as character references, maybe split by tabs or newlines. */
function obfuscatable(word: string): string {
  const noise = String.raw`(?:[\t\n\r\u0000-\u001f]|&#0*(?:9|10|13);?|&#x0*(?:9|a|d);?|&tab;|&newline;)*`;
  const letter = (char: string) => {
    const codes = [char.toLowerCase().charCodeAt(0), char.toUpperCase().charCodeAt(0)];
    return `(?:${char}|&#0*(?:${codes.join('|')});?|&#x0*(?:${codes.map((code) => code.toString(16)).join('|')});?)`;
  };
  return [...word].map(letter).join(noise) + noise + String.raw`(?::|&#0*58;?|&#x0*3a;?|&colon;)`;
}

/** Where a link target starts: a Markdown link or reference, an angle-bracket autolink, or an HTML attribute. */
const linkStart = String.raw`(?:\]\(\s*<?|\]:\s*<?|<|(?:href|src|action|formaction|xlink:href)\s*=\s*["']?)\s*`;
const scriptScheme = obfuscatable('javascript') + '|' + obfuscatable('vbscript') + '|' + obfuscatable('livescript');

interface Rule {
  kind: string;
  /** What any match must contain: a text without it skips the (slower) pattern. */
  needs: RegExp;
  pattern: RegExp;
  message: (found: string) => string;
}

const rules: Rule[] = [
  {
    kind: 'script-tag',
    needs: /</,
    pattern: /<\s*\/?\s*script\b[^>]*>?/gi,
    message: () => `contains a <script> tag; scripts are never accepted in an experience. Remove it (${codeHint})`,
  },
  {
    kind: 'event-handler',
    needs: /=/,
    // Only with a quote after it, the shape of an attribute smuggled out of a quoted one (`" onmouseover="…`):
    // "onboarding=great" is prose, and an unquoted handler needs a tag, which is refused on its own.
    pattern: /(?<![\w-])on[a-z]{3,}\s*=\s*["'`]/gi,
    message: (found) =>
      `contains the event-handler attribute ${quoted(found.replace(/\s*=.*$/, '='))}, which would run code in a browser; it is refused. Remove it (${codeHint})`,
  },
  {
    kind: 'script-link',
    // The scheme ends in a colon, written as it is or as a character reference.
    needs: /[:&]/,
    pattern: new RegExp(`(?:${linkStart})(?:${scriptScheme})|(?<![a-z])(?:${scriptScheme})(?=\\S)`, 'gi'),
    message: () => `contains a javascript: (or vbscript:) link, which would run code when clicked; only https:// links are allowed. Remove it`,
  },
  {
    kind: 'data-link',
    needs: /[:&]/,
    pattern: new RegExp(`(?:${linkStart})${obfuscatable('data')}|(?<![\\w-])data:\\s*[a-z]+\\/[a-z0-9.+-]+[;,]`, 'gi'),
    message: () => `contains a data: URL, which can carry a whole page or script inside a link; only https:// links are allowed. Remove it`,
  },
  {
    kind: 'html-comment',
    needs: /</,
    pattern: /<!--/g,
    message: () => `contains an HTML comment ("<!--"); raw HTML is refused in experiences. Remove it`,
  },
  {
    kind: 'jsx-component',
    needs: /</,
    pattern:
      /<\/?[A-Z][\w]*(?:[.:][\w-]+)*(?=[\s/>]|$)|<\/?(?!(?:javascript|vbscript|livescript|data|https?|mailto):)[a-z][\w-]*[.:][\w-]+(?=[\s/>]|$)/g,
    message: (found) =>
      `contains ${quoted(found)}, which is MDX/JSX component syntax; components are refused in experiences. Remove it (${codeHint})`,
  },
  {
    kind: 'html-tag',
    needs: /</,
    pattern: /<\/?(?!script\b)[a-z][a-z0-9-]*(?=[\s/>]|$)/g,
    message: (found) =>
      `contains the raw HTML tag ${quoted(`${found}>`)}; experiences are plain text with Markdown, and HTML is refused. Use Markdown instead (**bold**, *italic*, [text](https://…)), or, ${codeHint}`,
  },
  {
    kind: 'mdx-esm',
    needs: /port/,
    // Real module syntax only: "export controls were discussed" and "import duties, taxes" are prose.
    pattern:
      /^(?:import|export)\s+(?:[{*'"]|default\s|(?:const|let|var|function|class|async|type|interface)\s+[\w$]|[\w$]+\s*(?:,[^\n]*)?\bfrom\s*['"])[^\n]*/gm,
    message: (found) =>
      `has a line starting ${quoted(found.split(/\s+/).slice(0, 3).join(' '))}, which is MDX code; code is refused in experiences. Remove the line (${codeHint})`,
  },
  {
    kind: 'mdx-expression',
    needs: /\{/,
    // Only braces holding code (a name followed by `.`, `?.`, `(` or `[`, or an arrow function): "{1, 2, 3}" is prose.
    pattern: /\{\s*(?:[A-Za-z_$][\w$]*\s*(?:\?\.|[.([])|[^{}\n]*=>)[^{}\n]*\}/g,
    message: (found) =>
      `contains ${quoted(found)}, which MDX would run as code; code in curly braces is refused in experiences. Remove the braces (${codeHint})`,
  },
];

/** Every piece of raw HTML, script, event handler, script or data link, and MDX/JSX syntax outside Markdown code. */
export function findUnsafeMarkup(text: string): TextFinding[] {
  const visible = maskCode(text);
  const findings: TextFinding[] = [];
  for (const rule of rules) {
    if (!rule.needs.test(visible)) continue;
    for (const match of matchesOf(rule.pattern, visible)) {
      findings.push({ rule: 'safety', kind: rule.kind, index: match.index, found: match.text, message: rule.message(match.text) });
    }
  }
  return findings.sort((a, b) => a.index - b.index);
}
