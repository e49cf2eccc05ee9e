import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/astroBuild';

/**
 * The project's ESLint and Prettier configurations, as `npm run lint` and `npm run format:check` (both in
 * `npm test`) apply them: each catches what it is there for, in TypeScript and in Astro components.
 */
const eslint = new ESLint({ cwd: projectRoot });
const lint = async (code: string, file: string) =>
  (await eslint.lintText(code, { filePath: resolve(projectRoot, file) }))[0].messages.map((message) => message.ruleId);
const formatted = async (code: string, file: string) => {
  const filepath = resolve(projectRoot, file);
  return prettier.check(code, { ...(await prettier.resolveConfig(filepath)), filepath });
};

describe('ESLint', () => {
  it('refuses a mistake in TypeScript, and passes clean code', async () => {
    expect(await lint('export function f(a: number) {\n  const unused = a;\n  return a;\n}\n', 'src/lib/example.ts')).toContain(
      '@typescript-eslint/no-unused-vars',
    );
    expect(await lint('export const sum = (a: number, b: number) => a + b;\n', 'src/lib/example.ts')).toEqual([]);
  });

  it('checks the markup of Astro components for accessibility', async () => {
    const component = '---\nconst src = "/a.png";\n---\n<img src={src} />\n';
    expect(await lint(component, 'src/components/Example.astro')).toContain('astro/jsx-a11y/alt-text');
    expect(await lint(component.replace('/>', 'alt="A chart" />'), 'src/components/Example.astro')).toEqual([]);
  });
});

describe('Prettier', () => {
  it('refuses unformatted TypeScript and Astro, and passes what it wrote itself', async () => {
    expect(await formatted('const a = {b:1}\n', 'src/lib/example.ts')).toBe(false);
    expect(await formatted('const a = { b: 1 };\n', 'src/lib/example.ts')).toBe(true);
    expect(await formatted('---\nconst a = {b:1}\n---\n<p   class="x">{a.b}</p>\n', 'src/components/Example.astro')).toBe(false);
  });

  it('leaves content and fixtures alone: their bytes are data', async () => {
    expect(
      (await prettier.getFileInfo(resolve(projectRoot, 'content/company.yaml'), { ignorePath: resolve(projectRoot, '.prettierignore') })).ignored,
    ).toBe(true);
    expect(
      (
        await prettier.getFileInfo(resolve(projectRoot, 'tests/fixtures/contributions/expected.json'), {
          ignorePath: resolve(projectRoot, '.prettierignore'),
        })
      ).ignored,
    ).toBe(true);
  });
});
