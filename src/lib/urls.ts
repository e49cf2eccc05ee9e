/**
 * Every internal URL is built here, so the site works at a domain root and under a base path
 * (e.g. a project site at `/guide-name/`).
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

export const paths = {
  home: () => '/',
  guide: () => '/guide/',
  guideSection: (slug: string) => `/guide/${slug}/`,
  guidePrint: () => '/guide/print/',
  experiences: () => '/experiences/',
  experience: (id: string) => `/experiences/${id}/`,
  /** Page `page` of the experience list; page 1 is the list itself. */
  experiencesPage: (page: number) => (page <= 1 ? '/experiences/' : `/experiences/page/${page}/`),
  questions: () => '/questions/',
  /** A question in the bank: on the bank's one page, or on its category's page once the bank is split. */
  question: (anchor: string, categoryPage?: string) => (categoryPage ? `/questions/${categoryPage}/#${anchor}` : `/questions/#${anchor}`),
  /** One category's page of a bank split by category. */
  questionCategory: (id: string) => `/questions/${id}/`,
  salaries: () => '/salaries/',
  faq: () => '/faq/',
  search: () => '/search/',
  roles: () => '/roles/',
  role: (departmentId: string) => `/roles/${departmentId}/`,
  stats: () => '/stats/',
  experiencesFeed: () => '/experiences/rss.xml',
  experiencesJson: () => '/api/experiences.json',
  experiencesCsv: () => '/api/experiences.csv',
  questionsJson: () => '/api/questions.json',
};

/** A file as shown in the repository, e.g. the contribution guide. */
/**
 * The search index holds each fact once: a data component shown on a page of its own (the FAQ, the
 * salary table) is indexed there, and left out where a guide section or role page repeats it. Gives
 * the value for `data-pagefind-ignore` on the component's root.
 */
export function indexedOnlyOn(ownPath: string, currentPath: string): 'all' | undefined {
  const trim = (path: string) => (path.endsWith('/') ? path : `${path}/`);
  return trim(currentPath) === trim(withBase(ownPath)) ? undefined : 'all';
}

export function repositoryFileUrl(repository: string, branch: string, file: string): string {
  return `${repository.replace(/\/$/, '')}/blob/${branch}/${file.replace(/^\//, '')}`;
}

/** The repository page that edits a file, e.g. for "Edit this page". */
export function editUrl(repository: string, branch: string, file: string): string {
  return `${repository.replace(/\/$/, '')}/edit/${branch}/${file.replace(/^\//, '')}`;
}

/** Opens a new issue in the repository, optionally with a title. */
export function newIssueUrl(repository: string, title?: string): string {
  const url = `${repository.replace(/\/$/, '')}/issues/new`;
  return title ? `${url}?title=${encodeURIComponent(title)}` : url;
}

/** The repository's list of issues, e.g. for "browse existing questions". */
export function issuesUrl(repository: string): string {
  return `${repository.replace(/\/$/, '')}/issues`;
}
