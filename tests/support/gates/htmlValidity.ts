import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { projectRoot } from '../astroBuild';

/** The project's html-validate configuration (`.htmlvalidate.json`, extending `html-validate:recommended`). */
export const htmlValidateConfigFile = resolve(projectRoot, '.htmlvalidate.json');
export const htmlValidateConfig = (): ConfigData => JSON.parse(readFileSync(htmlValidateConfigFile, 'utf8')) as ConfigData;

/**
 * Why each rule of `html-validate:recommended` that `.htmlvalidate.json` turns off or loosens is
 * changed. JSON has no comments, so the reasons live here, and a test fails when a rule is relaxed
 * without one.
 */
export const relaxedRuleReasons: Record<string, string> = {
  'long-title':
    'An experience page is titled by the role a candidate typed (up to 100 characters) plus the site name; ' +
    'a long title is truncated in search results, not broken, and the role must stay in it.',
  'wcag/h32':
    'The filter forms of the experience list and question bank apply each choice in place as it is made and are ' +
    'hidden without JavaScript; there is nothing to submit, and changing a filter changes content, not context, ' +
    'so WCAG 3.2.2 is met without the submit button this technique (H32) asks for. The search form has one.',
};

/** One html-validate error, located in a built file. */
export interface HtmlError {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

/** Validates HTML files (paths relative to `dir`) with the project's configuration; returns every error. */
export async function validateHtml(dir: string, files: string[], config: ConfigData = htmlValidateConfig()): Promise<HtmlError[]> {
  const validator = new HtmlValidate(config);
  const errors: HtmlError[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(join(dir, file), 'utf8'), file);
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity < 2) continue;
        errors.push({ file, line: message.line, column: message.column, rule: message.ruleId, message: message.message });
      }
    }
  }
  return errors;
}

export const formatHtmlErrors = (errors: HtmlError[]) =>
  errors.map((error) => `${error.file}:${error.line}:${error.column} ${error.rule}: ${error.message}`).join('\n');
