import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRandom, type Random } from '../../scripts/lib/random';
import { formatProblem } from '../../src/lib/contentProblems';
import { checkExperienceFile } from '../../src/lib/experienceChecks';
import { checkContent } from '../../src/loaders/checkContent';
import { knownIds } from '../../src/loaders/dataFileChecks';
import { contentFolder, realContent, runScript } from '../support/contentFolders';

/**
 * Mutations of the shipped experiences, from a fixed seed so every run checks the same files: random
 * bytes, YAML syntax a contributor never needs, and Unicode that hides or forges text. Whatever the file,
 * the checks answer with problems naming it, or accept it; they never throw, and validate never prints a
 * stack trace. The test's time limit catches a check that hangs on some input.
 */
const seed = 20261202;
const count = 2000;
const originals = readdirSync(join(realContent, 'experiences'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => readFileSync(join(realContent, 'experiences', name)));

const yamlPieces = [
  '&a ',
  '*a',
  '!!str ',
  '!!timestamp ',
  '!!binary ',
  '%YAML 1.1\n---\n',
  '<<: ',
  '{',
  '}',
  '[',
  ']',
  '- ',
  ': ',
  '"',
  "'",
  '|',
  '>-',
  '#',
  '---\n',
  '...\n',
  '? ',
  '\t',
  '\\',
  '"\\x1b"',
  '"\\uD800"',
  '010',
  '0x1F',
  '.inf',
  '1e9',
];
const unicodePieces = [
  '\u202e',
  '\u2066',
  '\u200b',
  '\u3164',
  '\ufeff',
  '\ufffe',
  '\u0000',
  '\u001b[2K',
  '\u0085',
  '＠',
  '０６１２３４５６７８',
  '👩🏽‍💻',
  '\ud800',
  'e\u0301',
  '\u2028',
  '\r',
  '&#64;',
  '\\@',
];

function mutate(bytes: Uint8Array, random: Random): Uint8Array {
  const text = [...new TextDecoder().decode(bytes)];
  const at = () => random.int(0, text.length);
  switch (random.int(0, 5)) {
    case 0: // random bytes over random places
      return Uint8Array.from(bytes, (byte) => (random.chance(0.01) ? random.int(0, 255) : byte));
    case 1: // a YAML construct somewhere
      text.splice(at(), 0, random.pick(yamlPieces));
      break;
    case 2: // Unicode that hides, forges or breaks text
      for (let times = random.int(1, 3); times > 0; times--) text.splice(at(), 0, random.pick(unicodePieces));
      break;
    case 3: // cut short
      text.length = at();
      break;
    case 4: // a stretch deleted or doubled
      {
        const start = at();
        const length = random.int(1, 80);
        if (random.chance(0.5)) text.splice(start, length);
        else text.splice(start, 0, ...text.slice(start, start + length));
      }
      break;
    default: // several of the above
      return mutate(mutate(bytes, random), random);
  }
  return new TextEncoder().encode(text.join(''));
}

const random = createRandom(seed);
const mutations = Array.from({ length: count }, (_, index) => ({
  name: `2026-03-01-fuzz-${index + 1}.yaml`,
  bytes: mutate(random.pick(originals), random),
}));

describe(`${count} mutations of the shipped experiences (seed ${seed})`, () => {
  it('are each accepted or refused with problems naming the file, never with an exception', { timeout: 120_000 }, () => {
    const known = knownIds(realContent);
    const crashes: string[] = [];
    let refused = 0;
    let slowest = { name: '', ms: 0 };
    for (const { name, bytes } of mutations) {
      const started = performance.now();
      try {
        const { problems } = checkExperienceFile(name, bytes, known);
        if (problems.length) refused++;
        for (const problem of problems) expect(problem.file).toBe(name);
      } catch (error) {
        crashes.push(`${name}: ${(error as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
      }
      const ms = performance.now() - started;
      if (ms > slowest.ms) slowest = { name, ms };
    }
    console.log(`fuzz: ${refused} of ${count} refused, slowest ${slowest.name} in ${slowest.ms.toFixed(0)} ms`);
    expect(crashes).toEqual([]);
    // The mutations must exercise both outcomes, or they test nothing.
    expect(refused).toBeGreaterThan(count / 4);
    expect(refused).toBeLessThan(count);
  });

  it('through npm run validate (a sample of 300 in one folder): exit 1, every problem naming its file, no stack trace', { timeout: 120_000 }, () => {
    const dir = contentFolder('fuzz');
    mkdirSync(join(dir, 'experiences'), { recursive: true });
    const sample = mutations.filter((_, index) => index % 7 === 0).slice(0, 300);
    for (const { name, bytes } of sample) writeFileSync(join(dir, 'experiences', name), bytes);
    const report = checkContent(dir);
    expect(report.problems.filter((problem) => problem.message.startsWith('could not be checked')).map(formatProblem)).toEqual([]);
    const { status, stderr, stdout } = runScript('scripts/validate.ts', ['--content-dir', dir]);
    expect(status).toBe(1);
    const problemLines = stderr.split('\n').filter((line) => line.includes('/experiences/'));
    expect(problemLines.length).toBeGreaterThan(0);
    for (const line of problemLines) expect(line).toMatch(/\/experiences\/2026-03-01-fuzz-\d+\.yaml(:\d+(:\d+)?)?[ :]/);
    expect(`${stdout}${stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
