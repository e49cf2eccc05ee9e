import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** The rule sets the accessibility gate runs: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

/**
 * Runs axe-core in the page as it is now and returns its violations. axe is evaluated through the
 * DevTools protocol, which a page's Content-Security-Policy does not govern, so the page's own policy
 * stays exactly as a reader gets it.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    const { axe: engine } = window as unknown as { axe: typeof import('axe-core') };
    const results = await engine.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String).join(' '),
        html: node.html.slice(0, 200),
        summary: node.failureSummary ?? '',
      })),
    }));
  }, axeTags);
}

/** Where a page was checked (its path and the viewport and theme) and what axe found there. */
export interface AxeReport {
  where: string;
  violations: AxeViolation[];
}

/**
 * Violations as a readable report: each rule once with its help link, then each failing element once
 * with why it fails and every page and setting it fails on (a layout problem repeats on every page).
 */
export function formatViolations(reports: AxeReport[]): string {
  const rules = new Map<string, { violation: AxeViolation; nodes: Map<string, { node: AxeViolation['nodes'][number]; where: string[] }> }>();
  for (const { where, violations } of reports) {
    for (const violation of violations) {
      const rule = rules.get(violation.id) ?? { violation, nodes: new Map() };
      rules.set(violation.id, rule);
      for (const node of violation.nodes) {
        const key = `${node.target}\n${node.html}`;
        const entry = rule.nodes.get(key) ?? { node, where: [] };
        rule.nodes.set(key, entry);
        entry.where.push(where);
      }
    }
  }
  return [...rules.values()]
    .map(({ violation, nodes }) =>
      [
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}`,
        `  ${violation.helpUrl}`,
        ...[...nodes.values()].map(
          ({ node, where }) =>
            `  • ${node.target}\n    ${node.html}\n    ${node.summary.replace(/\n/g, '\n    ')}\n    on: ${where.slice(0, 8).join(', ')}${where.length > 8 ? ` and ${where.length - 8} more` : ''}`,
        ),
      ].join('\n'),
    )
    .join('\n\n');
}
