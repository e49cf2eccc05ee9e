import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { experienceChoices, type Choice } from '../../src/lib/experienceChoices';
import { experienceSchemaComment } from '../../src/lib/experienceFile';
import { experienceJsonSchemaText } from '../../src/lib/experienceJsonSchema';
import { issueFormConsent, issueFormLabels } from '../../src/lib/issueForm';
import { formatProblem } from '../../src/lib/contentProblems';
import { listContentProblems } from '../../src/loaders/checkContent';
import { knownIds, readChoices, readCompany } from '../../src/loaders/dataFileChecks';
import { projectRoot } from '../support/astroBuild';
import { contentFolder, realContent } from '../support/contentFolders';

const read = (path: string) => readFileSync(resolve(projectRoot, path), 'utf8');
const schemaPath = 'public/schemas/experience.schema.json';

describe('editor support', () => {
  it('the committed JSON Schema is the one generated from the zod schema and content (run npm run schema)', () => {
    const { departments = [], categories = [] } = knownIds(realContent);
    expect(read(schemaPath), 'public/schemas/experience.schema.json is out of date: run npm run schema').toBe(
      experienceJsonSchemaText({ departments, categories }),
    );
  });

  it('describes every field, so editors show what to write on hover', () => {
    type Node = { description?: string; properties?: Record<string, Node>; items?: Node };
    const schema = JSON.parse(read(schemaPath)) as Node;
    const missing: string[] = [];
    const walk = (node: Node, path: string) => {
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (!child.description?.trim()) missing.push(`${path}${key}`);
        walk(child.items ?? child, `${path}${key}${child.items ? '[]' : ''}.`);
      }
    };
    walk(schema, '');
    expect(missing, `fields without a description (add .describe() in src/schemas/experience.ts): ${missing.join(', ')}`).toEqual([]);
  });

  it('every shipped experience file starts with the line that points editors at the schema', () => {
    const folder = join(realContent, 'experiences');
    for (const name of readdirSync(folder)) {
      expect(readFileSync(join(folder, name), 'utf8').split('\n')[0], `${name}: add "${experienceSchemaComment}" as its first line`).toBe(
        experienceSchemaComment,
      );
    }
    expect(experienceSchemaComment).toContain(`$schema=../../${schemaPath}`);
  });

  it('the shipped experiences fit the JSON Schema: required fields present, no field it does not know', () => {
    const schema = JSON.parse(read(schemaPath)) as {
      required: string[];
      properties: Record<string, { enum?: string[] }>;
      additionalProperties: boolean;
    };
    expect(schema.additionalProperties).toBe(false);
    const folder = join(realContent, 'experiences');
    for (const name of readdirSync(folder)) {
      const data = parse(readFileSync(join(folder, name), 'utf8')) as Record<string, unknown>;
      for (const field of schema.required) expect(data, `${name} ${field}`).toHaveProperty(field);
      for (const field of Object.keys(data)) expect(schema.properties, `${name} ${field}`).toHaveProperty(field);
      expect(schema.properties.department.enum).toContain(data.department);
    }
  });

  it('VS Code maps content/experiences/*.yaml to the schema', () => {
    const settings = JSON.parse(read('.vscode/settings.json')) as { 'yaml.schemas': Record<string, string> };
    expect(settings['yaml.schemas'][`./${schemaPath}`]).toBe('content/experiences/*.yaml');
  });
});

interface FormElement {
  type: string;
  id?: string;
  attributes: { label?: string; description?: string; options?: (string | { label: string; required?: boolean })[] };
  validations?: { required?: boolean };
}

describe('the issue form', () => {
  const form = parse(read('.github/ISSUE_TEMPLATE/share-experience.yml')) as { body: FormElement[] };
  const fields = form.body.filter((element) => element.type !== 'markdown');
  const byLabel = new Map(fields.map((element) => [element.attributes.label, element]));
  const choices = readChoices(realContent);
  const contentLicense = readCompany(realContent)!.contentLicense.name;

  it('has the schema fields, in order, with the labels the importer reads, then the checklist', () => {
    expect(fields.map((element) => element.attributes.label)).toEqual([...Object.values(issueFormLabels), issueFormConsent.label]);
  });

  it('requires exactly the fields the schema requires', () => {
    const required = Object.entries(issueFormLabels)
      .filter(([, label]) => byLabel.get(label)?.validations?.required)
      .map(([key]) => key);
    expect(required.sort()).toEqual(['appliedVia', 'date', 'department', 'level', 'role', 'rounds', 'story']);
  });

  it('offers the allowed values as dropdowns: the choices of the table of fields and the departments in content', () => {
    const options = (key: keyof typeof issueFormLabels) => byLabel.get(issueFormLabels[key])?.attributes.options;
    const withChoices = Object.entries(experienceChoices) as [keyof typeof issueFormLabels, Choice[]][];
    expect(withChoices.map(([key]) => key)).toEqual(['level', 'appliedVia', 'difficulty', 'result', 'offer', 'sentiment', 'format']);
    for (const [key, fieldChoices] of withChoices) {
      expect(byLabel.get(issueFormLabels[key])?.type, key).toBe('dropdown');
      expect(options(key), key).toEqual(fieldChoices.map((choice) => choice.label));
    }
    expect(options('department')).toEqual(choices.departments.map((department) => department.name));
  });

  it('names every question category and has the checklist every submitter must tick', () => {
    const description = byLabel.get(issueFormLabels.questions)?.attributes.description ?? '';
    for (const category of choices.categories) expect(description).toContain(category.id);
    const consent = byLabel.get(issueFormConsent.label);
    expect(consent?.type).toBe('checkboxes');
    expect(consent?.attributes.options).toEqual(issueFormConsent.options(contentLicense).map((label) => ({ label, required: true })));
  });

  it('asks for the content licence named in content, and says so before the first field', () => {
    const boxes = byLabel.get(issueFormConsent.label)?.attributes.options ?? [];
    expect(boxes.at(-1)).toEqual({ label: expect.stringContaining(`published under ${contentLicense}`), required: true });
    const intro = form.body.find((element) => element.type === 'markdown') as { attributes: { value?: string } } | undefined;
    expect(intro?.attributes.value).toContain(contentLicense);
  });
});

describe('repository workflows', () => {
  const workflows = ['ci.yml', 'deploy.yml'].map((name) => ({ name, text: read(`.github/workflows/${name}`) }));

  it('pin every action by a full commit SHA, with its release in a comment', () => {
    for (const { name, text } of workflows) {
      const uses = [...text.matchAll(/uses:\s*(\S+)(.*)$/gm)];
      expect(uses.length, name).toBeGreaterThan(0);
      for (const [, action, comment] of uses) {
        expect(action, `${name}: ${action}`).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
        expect(comment, `${name}: ${action}`).toMatch(/^ # v\d+\.\d+\.\d+$/);
      }
    }
  });

  it('CI validates, tests and builds every pull request and keeps the site as an artifact', () => {
    const ci = parse(workflows[0].text) as {
      on: Record<string, unknown>;
      jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] }>;
    };
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    const steps = Object.values(ci.jobs).flatMap((job) => job.steps);
    const runs = steps.map((step) => step.run ?? '').join('\n');
    for (const command of ['npm ci', 'npm run validate', 'npm test', 'npm run build', 'apt-get install']) expect(runs).toContain(command);
    expect(steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'))?.with?.path).toBe('dist/');
  });

  it('deploys main to GitHub Pages under the repository path', () => {
    const deploy = parse(workflows[1].text) as {
      on: { push: { branches: string[] } };
      jobs: Record<string, { steps: { env?: Record<string, string>; uses?: string }[] }>;
    };
    expect(deploy.on.push.branches).toEqual(['main']);
    const build = Object.values(deploy.jobs)
      .flatMap((job) => job.steps)
      .find((step) => step.env?.SITE_BASE);
    expect(build?.env).toEqual({ SITE_URL: '${{ steps.pages.outputs.origin }}', SITE_BASE: '/${{ github.event.repository.name }}/' });
    const actions = Object.values(deploy.jobs)
      .flatMap((job) => job.steps)
      .map((step) => step.uses?.split('@')[0]);
    expect(actions).toEqual(expect.arrayContaining(['actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']));
  });

  it('grants each deploy job only its own permissions: the build reads, only the deploy job may publish', () => {
    type Permissions = Record<string, string> | string | undefined;
    const deploy = parse(workflows[1].text) as {
      permissions?: Permissions;
      jobs: Record<string, { permissions?: Permissions; steps: { uses?: string }[] }>;
    };
    expect(deploy.permissions ?? {}).toEqual({});
    expect(Object.keys(deploy.jobs).sort()).toEqual(['build', 'deploy']);
    expect(deploy.jobs.build.permissions).toEqual({ contents: 'read' });
    expect(deploy.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    // The job that publishes runs no project code: it only hands the built artifact to Pages.
    expect(deploy.jobs.deploy.steps.map((step) => step.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
  });

  it('the pull request template has the contributor checklist', () => {
    const template = read('.github/PULL_REQUEST_TEMPLATE.md');
    const { contentLicense } = readCompany(realContent)!;
    const items = ['It happened to me', 'No personal data of others', 'It is accurate', `It may be published under ${contentLicense.name}`];
    for (const item of items) expect(template).toContain(item);
  });

  it('CONTRIBUTING.md explains the three ways to contribute and the commands', () => {
    const guide = read('CONTRIBUTING.md');
    for (const words of ['GitHub web editor', 'npm run new:experience', 'npm run validate', 'npm run import:issue', 'share-experience', 'noreply'])
      expect(guide).toContain(words);
  });

  it('the licences are stated: LICENSE is MIT, content/LICENSE.md and CONTRIBUTING.md name the content licence', () => {
    const { contentLicense, codeLicense } = readCompany(realContent)!;
    expect(read(codeLicense.file)).toMatch(new RegExp(`^${codeLicense.name} License\\n\\nCopyright \\(c\\) \\d{4} `));
    const notice = read(contentLicense.notice);
    for (const words of [contentLicense.name, contentLicense.url, 'attribution']) expect(notice.toLowerCase()).toContain(words.toLowerCase());
    const guide = read('CONTRIBUTING.md');
    const beforeSteps = guide.slice(0, guide.indexOf('## Three ways to share an experience'));
    for (const words of ['By contributing you confirm', contentLicense.name, contentLicense.url, 'MIT']) expect(beforeSteps).toContain(words);
    const issueSection = /### 3\. With the issue form[\s\S]*?(?=\n## )/.exec(guide)?.[0] ?? '';
    expect(issueSection).toContain(contentLicense.name);
  });

  it('the template in CONTRIBUTING.md is an experience that passes every check', () => {
    const template = /## The experience file\n\n```yaml\n([\s\S]*?)```/.exec(read('CONTRIBUTING.md'))?.[1];
    expect(template).toBeDefined();
    const dir = contentFolder('contributing-template');
    writeFileSync(join(dir, 'experiences/2026-03-01-software-engineer-1.yaml'), template!);
    expect(listContentProblems(dir).map(formatProblem)).toEqual([]);
  });
});
