import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';

/** A Content-Security-Policy as directive name → sources. */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The policy of a page's `<meta http-equiv="content-security-policy">`, or undefined when it has none. */
export function metaPolicy(html: string): Policy | undefined {
  const tag = /<meta\b[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i.exec(html)?.[0];
  const content = tag && /\bcontent=(?:"([^"]*)"|'([^']*)')/i.exec(tag);
  return content ? parsePolicy((content[1] ?? content[2]).replaceAll('&#39;', "'").replaceAll('&quot;', '"')) : undefined;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The sources that govern a kind of element: `script-src-elem`, else `script-src`, else `default-src`. */
const sourcesFor = (policy: Policy, kind: 'script' | 'style') =>
  policy.get(`${kind}-src-elem`) ?? policy.get(`${kind}-src`) ?? policy.get('default-src') ?? [];

/**
 * Checks a built page against its own policy without a browser: it has a policy, scripts may not use
 * 'unsafe-inline', every inline `<script>` and `<style>` is allowed by a hash, and no element carries an
 * inline event handler (`onclick=`…), which a hash cannot allow.
 */
export function inlineCodeProblems(html: string): string[] {
  const policy = metaPolicy(html);
  if (!policy) return ['the page has no <meta http-equiv="content-security-policy">'];
  const problems: string[] = [];
  const scripts = sourcesFor(policy, 'script');
  if (scripts.includes("'unsafe-inline'") || (policy.get('script-src') ?? []).includes("'unsafe-inline'")) {
    problems.push("script-src allows 'unsafe-inline'");
  }
  const body = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const [, attributes, code] of body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc=/i.test(attributes) || /type=["']?application\/(ld\+)?json/i.test(attributes)) continue;
    if (!scripts.includes(sha256(code))) problems.push(`inline script without a hash in the policy: ${code.trim().slice(0, 80)}`);
  }
  const styles = sourcesFor(policy, 'style');
  if (!styles.includes("'unsafe-inline'")) {
    for (const [, code] of body.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
      if (!styles.includes(sha256(code))) problems.push(`inline style without a hash in the policy: ${code.trim().slice(0, 80)}`);
    }
  }
  const withoutScripts = body.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
  for (const [tag] of withoutScripts.matchAll(/<[a-z][^>]*\son[a-z]+\s*=[^>]*>/gi)) {
    problems.push(`inline event handler, which no hash allows: ${tag.slice(0, 80)}`);
  }
  return problems;
}

/**
 * Records every Content-Security-Policy violation a page reports, from its first script on: the
 * `securitypolicyviolation` events of each document, and CSP messages in the console (which also
 * cover violations reported before any listener could run). Call before the first `goto`.
 */
export async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (/content.security.policy/i.test(message.text())) fromConsole.push(`console ${message.type()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = found;
    document.addEventListener('securitypolicyviolation', (event) => {
      found.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} in ${event.sourceFile || event.documentURI}:${event.lineNumber} ${event.sample}`,
      );
    });
  });
  return async () => {
    const fromEvents = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
    return [...fromEvents, ...fromConsole];
  };
}
