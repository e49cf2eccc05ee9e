import { describe, expect, it } from 'vitest';
import { checkValue, formatProblem } from '../../src/lib/contentProblems';
import { parseYaml } from '../../src/lib/yamlContent';
import * as schemas from '../../src/schemas';
import { loadContent } from '../support/content';

const content = loadContent();

/** The messages a value gets from a schema, formatted as contributors see them. */
function problemsOf(schema: schemas.z.ZodType, value: unknown, file = 'content/x.yaml') {
  return checkValue(schema, value, file).problems.map(formatProblem);
}

describe('shipped content', () => {
  it('has every fact list of the source, complete', () => {
    expect(content.hiringSteps.map((step) => step.name)).toEqual([
      'Application Review',
      'Recruiter Outreach',
      'Technical Assessment',
      'Interview Rounds',
      'Offer Stage',
    ]);
    expect(content.interviewStages).toHaveLength(4);
    expect(content.departments).toHaveLength(5);
    expect(content.salaries.bands).toHaveLength(6);
    expect(content.comparison.aspects).toHaveLength(5);
    expect(content.comparison.employers).toHaveLength(3);
    expect(content.faq).toHaveLength(5);
    expect(content.exampleQuestions).toHaveLength(6);
    expect(content.preparationTips).toHaveLength(6);
    expect(content.experiences).toHaveLength(5);
  });

  it('has guide sections whose front matter passes the schema, in a gapless order', () => {
    const orders = content.guide.map((section) => {
      const result = schemas.guideSectionSchema.safeParse(section.raw);
      expect(result.error?.issues, section.id).toBeUndefined();
      return result.data!.order;
    });
    expect(orders.sort((a, b) => a - b)).toEqual(orders.map((_, index) => index + 1));
  });

  it('refers only to departments and categories that exist', () => {
    const departments = new Set(content.departments.map((department) => department.id));
    const categories = new Set(content.categories.map((category) => category.id));
    for (const { id, data } of content.experiences) {
      expect(departments.has(data.department), `${id} department ${data.department}`).toBe(true);
      for (const question of data.questions) if (question.category) expect(categories.has(question.category), question.text).toBe(true);
    }
    for (const question of content.exampleQuestions) expect(categories.has(question.category)).toBe(true);
    for (const band of content.salaries.bands) if (band.department) expect(departments.has(band.department)).toBe(true);
  });

  it('keeps values the source left blank as absent, never guessed', () => {
    const byName = new Map(content.experiences.map(({ data }) => [data.name, data]));
    expect(byName.get('David Kim')?.difficulty).toBeUndefined();
    expect(byName.get('David Kim')?.result).toBeUndefined();
    expect(byName.get('Sara Patel')?.difficulty).toBe('easy');
    expect(byName.get('Emily Zhang')?.result).toBe('rejected');
    expect(content.experiences.every(({ data }) => data.date === '2026-02-21')).toBe(true);
  });
});

const goodExperience = content.experiences[0].data;

describe('experience schema rejects bad input, naming the field', () => {
  it('a missing field', () => {
    const { role: _role, ...rest } = goodExperience;
    expect(problemsOf(schemas.experienceSchema, rest)).toEqual(['content/x.yaml role: is required but missing; add it (text expected)']);
  });

  it('a wrong type', () => {
    expect(problemsOf(schemas.experienceSchema, { ...goodExperience, rounds: 'three' })).toEqual([
      'content/x.yaml rounds: expected a whole number from 1 to 15, found "three"',
    ]);
  });

  it('an unknown enum value', () => {
    expect(problemsOf(schemas.experienceSchema, { ...goodExperience, level: 'wizard' })).toEqual([
      'content/x.yaml level: expected one of "intern", "graduate", "junior", "mid-level", "senior", "lead", "manager", "director", found "wizard"',
    ]);
  });

  it('an unknown field, a bad date and a nested problem, all at once', () => {
    const problems = problemsOf(schemas.experienceSchema, {
      ...goodExperience,
      sallary: 1,
      date: '21/02/2026',
      questions: [{ text: '' }],
    });
    expect(problems).toHaveLength(3);
    expect(problems).toContain('content/x.yaml: unknown field "sallary"; check the spelling or remove it');
    expect(problems).toContain('content/x.yaml date: expected a date that exists, written as YYYY-MM-DD, like 2026-02-21, found "21/02/2026"');
    expect(problems).toContain('content/x.yaml questions[0].text: must not be empty');
  });

  it('a timeline that disagrees with the number of rounds', () => {
    expect(problemsOf(schemas.experienceSchema, { ...goodExperience, rounds: 5 })).toEqual([
      'content/x.yaml timeline: lists 3 rounds but rounds is 5; make the two agree',
    ]);
  });
});

describe('data schemas reject bad input, naming the field', () => {
  const cases: [string, schemas.z.ZodType, unknown, string][] = [
    ['company without a website', schemas.companySchema, { ...content.company, website: undefined }, 'website: is required but missing'],
    [
      'company with a founding year as text',
      schemas.companySchema,
      { ...content.company, founded: 'long ago' },
      'founded: expected a number, found "long ago"',
    ],
    [
      'company without a content licence',
      schemas.companySchema,
      { ...content.company, contentLicense: undefined },
      'contentLicense: is required but missing',
    ],
    [
      'content licence without its address',
      schemas.companySchema,
      { ...content.company, contentLicense: { name: 'CC BY 4.0' } },
      'contentLicense.url: is required but missing',
    ],
    [
      'code licence file outside the repository',
      schemas.companySchema,
      { ...content.company, codeLicense: { name: 'MIT', file: '../LICENSE' } },
      'codeLicense.file: expected a file path inside the repository',
    ],
    ['hiring step without a name', schemas.hiringStepSchema, { id: 'x', description: 'y' }, 'name: is required but missing'],
    ['interview stage with a bad id', schemas.interviewStageSchema, { id: 'Not An Id', name: 'n', description: 'd' }, 'id: expected a lowercase id'],
    ['department without roles', schemas.departmentSchema, { ...content.departments[0], roles: [] }, 'roles: needs at least 1 item'],
    [
      'salary band in an unknown period',
      schemas.salaryBandSchema,
      { ...content.salaries.bands[0], period: 'weekly' },
      'period: expected one of "annual", "monthly", "hourly", found "weekly"',
    ],
    [
      'salary band with min above max',
      schemas.salaryBandSchema,
      { ...content.salaries.bands[0], min: 99_000 },
      'max: min must not be greater than max',
    ],
    [
      'salary band with a bad currency',
      schemas.salaryBandSchema,
      { ...content.salaries.bands[0], currency: 'euro' },
      'currency: expected a three-letter currency code',
    ],
    [
      'comparison row missing a cell',
      schemas.employerComparisonSchema,
      { ...content.comparison, aspects: [{ aspect: 'Pay', cells: { company: 'high' } }] },
      'aspects[0].cells: missing a cell for employer "traditional-banks"',
    ],
    ['FAQ entry with an answer as a list', schemas.faqEntrySchema, { id: 'a', question: 'q?', answer: ['x'] }, 'answer: expected text, found a list'],
    [
      'example question in a bad category id',
      schemas.exampleQuestionSchema,
      { id: 'a', text: 'q?', category: 'System Design' },
      'category: expected a lowercase id',
    ],
    ['category without a name', schemas.questionCategorySchema, { id: 'a', description: 'd' }, 'name: is required but missing'],
    ['preparation tip with a number as advice', schemas.preparationTipSchema, { id: 'a', name: 'n', advice: 3 }, 'advice: expected text, found 3'],
    [
      'guide section without an order',
      schemas.guideSectionSchema,
      { title: 't', description: 'd', updated: '2026-01-01' },
      'order: is required but missing',
    ],
  ];
  it.each(cases)('%s', (_name, schema, value, expected) => {
    const problems = problemsOf(schema, value);
    expect(problems.join('\n')).toContain(expected);
  });
});

describe('YAML files', () => {
  it('report syntax errors with line and column instead of throwing', () => {
    const parsed = parseYaml('role: Engineer\nrounds: [1, 2\nstory: x\n', 'content/experiences/bad.yaml');
    expect(parsed.value).toBeUndefined();
    expect(parsed.problems[0]).toMatchObject({ file: 'content/experiences/bad.yaml', line: expect.any(Number) });
    expect(formatProblem(parsed.problems[0])).toMatch(/^content\/experiences\/bad\.yaml:\d+:\d+: YAML syntax: /);
  });

  it('point schema problems at the line of the field', () => {
    const parsed = parseYaml('role: Engineer\nlevel: wizard\n', 'f.yaml');
    const { problems } = checkValue(schemas.experienceSchema, parsed.value, 'f.yaml', parsed.locate);
    expect(problems.find((problem) => problem.field === 'level')).toMatchObject({ line: 2 });
  });
});
