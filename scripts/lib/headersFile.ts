/**
 * The `_headers` file of static hosts (Netlify and Cloudflare Pages format): an unindented path line, then
 * indented `Name: value` lines; `#` starts a comment. `public/_headers` is written in it; the static server
 * sends what it says, and the security test reads the policy from it.
 */

/** One block of a `_headers` file: a path pattern (`*` matches anything) and the headers for it. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
      continue;
    }
    const separator = raw.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || separator < 0) throw new Error(`_headers: "${raw.trim()}" is not "Name: value" under a path line`);
    rule.headers.push([raw.slice(0, separator).trim(), raw.slice(separator + 1).trim()]);
  }
  return rules;
}

/** The headers that apply to a request path; later rules add to earlier ones, as on Netlify. */
export function headersFor(rules: HeaderRule[], path: string): [string, string][] {
  const matches = (pattern: string) =>
    new RegExp(
      `^${pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    ).test(path);
  return rules.filter((rule) => matches(rule.pattern)).flatMap((rule) => rule.headers);
}
