import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tmpRoot } from '../support/astroBuild';
import { builtSite } from '../support/buildSites';
import { htmlFiles } from '../support/html';
import { formatHtmlErrors, htmlValidateConfig, relaxedRuleReasons, validateHtml } from '../support/gates/htmlValidity';

const root = builtSite('root');

describe('HTML gate', () => {
  it('every built page is valid HTML (html-validate, recommended rules)', async () => {
    const files = htmlFiles(root.dir).filter((file) => !file.startsWith('pagefind/'));
    expect(files).toContain('404.html');
    const errors = await validateHtml(root.dir, files);
    expect(formatHtmlErrors(errors)).toBe('');
  });

  it('extends html-validate:recommended and relaxes a rule only with a written reason', () => {
    const config = htmlValidateConfig();
    expect(config.extends).toContain('html-validate:recommended');
    const relaxed = Object.keys(config.rules ?? {});
    expect(
      relaxed.filter((rule) => !relaxedRuleReasons[rule]),
      'add the reason to relaxedRuleReasons in gates/htmlValidity.ts',
    ).toEqual([]);
    expect(
      Object.keys(relaxedRuleReasons).filter((rule) => !relaxed.includes(rule)),
      'a reason for a rule that is no longer relaxed',
    ).toEqual([]);
  });
});

describe('HTML gate on a broken page', () => {
  const dir = mkdtempSync(join(tmpRoot, 'html-gate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a missing alt text, a duplicate id and an unclosed element', async () => {
    writeFileSync(
      join(dir, 'broken.html'),
      '<!doctype html><html lang="en"><head><title>Broken</title></head><body><main id="x"><img src="a.png"><p id="x">text</main></body></html>',
    );
    const errors = await validateHtml(dir, ['broken.html']);
    const rules = errors.map((error) => error.rule);
    expect(rules).toContain('wcag/h37');
    expect(rules).toContain('no-dup-id');
    expect(rules.some((rule) => rule === 'close-order' || rule === 'element-required-content' || rule === 'no-implicit-close')).toBe(true);
  });
});
