import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The visible text of an HTML document: no tags, scripts or styles, entities decoded, spaces collapsed. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return entities[name] ?? match;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** Collapses whitespace so text from YAML folded lines compares with page text. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every HTML file under a folder, as paths relative to it (`guide/faq/index.html`). */
export function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) found.push(relative(dir, path));
    }
  };
  walk(dir);
  return found.sort();
}

/** Reads a built page by its URL path (`/faq/`) and returns its HTML. */
export function readPage(dir: string, urlPath: string): string {
  const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return readFileSync(join(dir, file), 'utf8');
}
