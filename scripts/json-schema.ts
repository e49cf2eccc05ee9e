/**
 * `npm run schema`: writes public/schemas/experience.schema.json, the JSON Schema editors use to check
 * experience files as they are typed, from the zod schema and the department and category ids in content.
 * `--check` only compares, and exits 1 when the committed file is out of date.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { experienceJsonSchemaText } from '../src/lib/experienceJsonSchema';
import { knownIds } from '../src/loaders/dataFileChecks';

const { values: flags } = parseArgs({ options: { check: { type: 'boolean' }, 'content-dir': { type: 'string' } } });
const contentDir = flags['content-dir'] ?? process.env.CONTENT_DIR ?? 'content';
const target = resolve('public/schemas/experience.schema.json');
const { departments = [], categories = [] } = knownIds(contentDir);
const text = experienceJsonSchemaText({ departments, categories });

if (flags.check) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error('public/schemas/experience.schema.json is out of date; run npm run schema and commit the result');
    process.exit(1);
  }
  console.log('public/schemas/experience.schema.json is up to date');
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log('Wrote public/schemas/experience.schema.json');
}
