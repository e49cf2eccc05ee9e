/**
 * Every URL the site writes is built here: site paths with the base path (so the site works at a domain
 * root and under a project-site path such as `/guide-name/`), absolute addresses for feeds and link
 * previews, the files the browser fetches by name (icons, manifest, service worker), and links into the
 * guide's repository.
 */

/** The base path with exactly one trailing slash: `/` or `/guide-name/`. */
export function basePath(base: string = import.meta.env.BASE_URL ?? '/'): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** A site path (as `paths` gives it) with the base path in front. */
export function withBase(path: string, base?: string): string {
  return `${basePath(base).slice(0, -1)}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The absolute address of a site path, base included, e.g. for a feed item or `og:image`. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return new URL(withBase(path), site).href;
}

/** Site paths, without the base path: pass them through `withBase` (or `absoluteUrl`) to link to them. */
export const paths = {
  home: () => '/',
  guide: () => '/guide/',
  guideSection: (slug: string, heading?: string) => `/guide/${slug}/${heading ? `#${heading}` : ''}`,
  guidePrint: () => '/guide/print/',
  experiences: () => '/experiences/',
  experience: (id: string) => `/experiences/${id}/`,
  /** Page `page` of the experience list; page 1 is the list itself. */
  experiencesPage: (page: number) => (page <= 1 ? '/experiences/' : `/experiences/page/${page}/`),
  questions: () => '/questions/',
  /** A question's own page. */
  question: (slug: string) => `/questions/${slug}/`,
  /** A question's entry in the bank: on the bank's one page, or on its category's page once the bank is split. */
  questionInBank: (anchor: string, categoryPage?: string) =>
    categoryPage ? `/questions/category/${categoryPage}/#${anchor}` : `/questions/#${anchor}`,
  /** One category's page of a bank split by category. */
  questionCategory: (id: string) => `/questions/category/${id}/`,
  /** The questions reported lately, newest first: the bank's recency view that needs no script. */
  recentQuestions: () => '/questions/recent/',
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
  sitemap: () => '/sitemap-index.xml',
  manifest: () => '/manifest.webmanifest',
  serviceWorker: () => '/sw.js',
  /** The site's icon as SVG, the source of every icon. */
  icon: () => '/icon.svg',
  /** The icon as a square PNG of `size` pixels, for the manifest. */
  iconPng: (size: number) => `/icons/${size}.png`,
  /** A file of the search index Pagefind writes, e.g. its runtime `pagefind.js`. */
  searchIndex: (file: string) => `/pagefind/${file}`,
  /** The words of the site with their counts, which search suggests corrections from. */
  searchVocabulary: () => '/search/vocabulary.json',
  /** The picture link previews show. */
  socialImage: () => '/og.png',
};

/** Where the guide's source lives: the repository's web address and the branch that is published. */
export interface Repository {
  repository: string;
  branch: string;
}

const repositoryRoot = ({ repository }: Pick<Repository, 'repository'>) => repository.replace(/\/$/, '');
const filePath = (file: string) => file.replace(/^\//, '');

/** A file as shown in the repository, e.g. a licence. */
export function repositoryFileUrl(repo: Repository, file: string): string {
  return `${repositoryRoot(repo)}/blob/${repo.branch}/${filePath(file)}`;
}

/** The repository page that edits a file, e.g. for "Edit this page". */
export function editUrl(repo: Repository, file: string): string {
  return `${repositoryRoot(repo)}/edit/${repo.branch}/${filePath(file)}`;
}

/** The contribution guide, where every "share your experience" link leads. */
export function contributeUrl(repo: Repository): string {
  return repositoryFileUrl(repo, 'CONTRIBUTING.md');
}

/** Opens a new issue in the repository, optionally with a title. */
export function newIssueUrl(repo: Pick<Repository, 'repository'>, title?: string): string {
  const url = `${repositoryRoot(repo)}/issues/new`;
  return title ? `${url}?title=${encodeURIComponent(title)}` : url;
}

/** The repository's list of issues, e.g. for "browse existing questions". */
export function issuesUrl(repo: Pick<Repository, 'repository'>): string {
  return `${repositoryRoot(repo)}/issues`;
}
