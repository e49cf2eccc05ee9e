import type { MiddlewareHandler } from 'astro';

/**
 * Puts each page's Content-Security-Policy <meta> first in <head>, right after <meta charset> (which must
 * stay within the first 1024 bytes). A <meta> policy governs only what the parser meets after it, but Astro
 * writes it where it renders the head's own tags, at the end of <head>: after the title and the meta tags,
 * which carry contributed text. Astro has no setting for that place, so the rendered page is rewritten here;
 * middleware runs for every prerendered page at build time. `tests/site/csp.test.ts` checks every page.
 */

const cspMeta = /<meta\s[^>]*\bhttp-equiv="content-security-policy"[^>]*>/i;
const charsetMeta = /<meta\s+charset="?[\w-]+"?\s*\/?>/i;

/** The page with its CSP <meta> moved to just after <meta charset> (or the <head> tag); unchanged without one. */
export function cspMetaFirst(html: string): string {
  const policy = cspMeta.exec(html)?.[0];
  if (!policy) return html;
  const rest = html.replace(policy, '');
  const anchor = charsetMeta.exec(rest) ?? /<head\b[^>]*>/i.exec(rest);
  if (!anchor) return html;
  const at = anchor.index + anchor[0].length;
  return rest.slice(0, at) + policy + rest.slice(at);
}

export const onRequest: MiddlewareHandler = async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const headers = new Headers(response.headers);
  // Moving the tag keeps the length, but a stale Content-Length must never go out if that changes.
  headers.delete('content-length');
  return new Response(cspMetaFirst(await response.text()), { status: response.status, statusText: response.statusText, headers });
};
