/**
 * Tests that need something a machine may lack: Chromium, or the source article that lives beside the
 * repository. Where it is missing they are skipped with a title saying what is missing and how to get it;
 * in CI, and wherever REQUIRE_BROWSER=1 asks for the whole suite, they fail instead, so a missing browser or
 * a moved file can never pass as a quiet skip.
 */
import { describe, it } from 'vitest';

const isSet = (value: string | undefined) => value !== undefined && !['', '0', 'false'].includes(value.toLowerCase());

/** Whether a test that cannot run is a failure: in CI (CI=true) and with REQUIRE_BROWSER=1 (`.ci/run` and the CI workflow set it). */
export const everyTestMustRun = isSet(process.env.CI) || process.env.REQUIRE_BROWSER === '1';

/**
 * `describe` for tests that need something: run where `available`; elsewhere skipped with `missing` in the
 * title, or, when every test must run, replaced by one test that fails with it.
 */
export function describeWhere(available: boolean, name: string, missing: string) {
  return (body: () => void) => {
    if (available) return describe(name, body);
    if (everyTestMustRun) {
      return describe(name, () => {
        it('has what it needs to run (CI or REQUIRE_BROWSER=1 turns a skip into a failure)', () => {
          throw new Error(`cannot run "${name}": ${missing}.`);
        });
      });
    }
    console.warn(`Skipping "${name}": ${missing}.`);
    return describe.skip(`${name} — skipped: ${missing}`, body);
  };
}
