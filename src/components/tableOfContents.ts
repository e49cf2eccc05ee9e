/** Marks the table-of-contents link of the section being read, as the reader scrolls. */
export function highlightCurrentHeading() {
  const toc = document.querySelector<HTMLElement>('[data-toc]');
  if (!toc || !('IntersectionObserver' in window)) return;
  const links = new Map<string, HTMLAnchorElement>();
  for (const link of toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) links.set(decodeURIComponent(link.hash.slice(1)), link);
  const headings = [...links.keys()].map((id) => document.getElementById(id)).filter((heading): heading is HTMLElement => Boolean(heading));
  const visible = new Set<string>();
  const mark = () => {
    // The first heading in view, or else the last one scrolled past.
    const current =
      headings.find((heading) => visible.has(heading.id)) ?? [...headings].reverse().find((heading) => heading.getBoundingClientRect().top < 0);
    for (const [id, link] of links) {
      if (id === current?.id) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) visible.add(entry.target.id);
        else visible.delete(entry.target.id);
      }
      mark();
    },
    { rootMargin: '0px 0px -60% 0px' },
  );
  for (const heading of headings) observer.observe(heading);
}
