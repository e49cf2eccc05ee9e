import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/contentProblems';
import { problemsStoppingBuild } from '../../src/loaders/buildContent';
import { listContentProblems } from '../../src/loaders/checkContent';
import { astroBuild, tmpRoot } from '../support/astroBuild';
import { asContent, contentFolder, fixturesRoot } from '../support/contentFolders';

/** The build runs the same validation as `npm run validate` and fails with the same messages. */

const bad = join(fixturesRoot, 'experiences/bad');

describe('a build with bad experiences', () => {
  it(
    'fails, listing the problems of every bad file with their fields, exactly as npm run validate does, with no stack trace',
    { timeout: 300_000 },
    async () => {
      const bomb = join(fixturesRoot, 'contributions/refused/yaml-alias-bomb.yaml');
      const dir = contentFolder('build-bad', [join(bad, 'email-address.yaml'), join(bad, 'unknown-department.yaml'), bomb], {
        withRealExperiences: true,
      });
      const outDir = resolve(tmpRoot, 'contribution-build-bad-site');
      rmSync(outDir, { recursive: true, force: true });
      let output = '';
      try {
        await astroBuild({ outDir, contentDir: dir });
      } catch (error) {
        output = asContent((error as Error).message, dir);
      }
      expect(output, 'the build must fail').toContain('astro build failed');
      expect(output).toContain('4 problems in content:');
      const expected = listContentProblems(dir).map((problem) => asContent(formatProblem(problem), dir));
      expect(expected).toEqual([
        expect.stringMatching(/^content\/experiences\/email-address\.yaml:12:18 story: contains an e-mail address/),
        'content/experiences/unknown-department.yaml:3:13 department: "engineering" is not a department id in departments.yaml; use one of: software-development, product-management, sales-client-success, ux-ui-design, data-analytics',
        expect.stringMatching(/^content\/experiences\/yaml-alias-bomb\.yaml:2:4: the anchor "&a" is not accepted/),
        expect.stringMatching(/^content\/experiences\/yaml-alias-bomb\.yaml:3:8: the alias "\*a" is not accepted/),
      ]);
      for (const line of expected) expect(output).toContain(line);
      expect(output).not.toMatch(/Stack trace|^\s+at \S+ \(/m);
    },
  );
});

describe('the checks the build enforces', () => {
  afterEach(() => {
    delete process.env.ALLOW_UNSAFE_CONTENT;
  });

  it('are every problem of the content folder, checked again when a file changes', () => {
    const dir = contentFolder('enforced', [join(bad, 'raw-html.yaml')]);
    expect(problemsStoppingBuild(dir).map((problem) => problem.field)).toEqual(['story']);
    writeFileSync(join(dir, 'experiences/raw-html.yaml'), 'role: 1\n');
    expect(problemsStoppingBuild(dir).length).toBeGreaterThan(1);
  });

  it('let privacy and safety problems through only with ALLOW_UNSAFE_CONTENT=1, saying so once', () => {
    const dir = contentFolder('enforced-unsafe', [join(bad, 'raw-html.yaml'), join(bad, 'wrong-type.yaml')]);
    process.env.ALLOW_UNSAFE_CONTENT = '1';
    const warnings: string[] = [];
    const problems = problemsStoppingBuild(dir, (message) => warnings.push(message));
    expect(problems.map((problem) => problem.field)).toEqual(['rounds']);
    problemsStoppingBuild(dir, (message) => warnings.push(message));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('raw-html.yaml:11:17 story: contains the raw HTML tag');
  });
});
