/**
 * Where a link really goes, whatever its spelling. A raw pattern misses `HTTPS://WWW.LINKEDIN.COM/IN/x`,
 * `linked%69n.com`, full-width letters, a port, userinfo or a trailing dot in the host, all of which a
 * browser follows to the same page; so a link is read with the WHATWG URL parser (what the browser does)
 * and then stripped of what does not change the destination. Pure: no I/O, usable on any string.
 */
export interface LinkTarget {
  /** The URL as the WHATWG parser serialises it. */
  href: string;
  /** Lowercase, without the colon: `https`, `mailto`. */
  scheme: string;
  /** Lowercase ASCII (punycode) host, without port, trailing dot, `www.`/`m.`/`mobile.` or a language label. */
  host: string;
  /** The path percent-decoded and NFKC-folded, e.g. `/in/jane` for `/%69n/jane`. */
  path: string;
}

/** `mailto:`, `https:`; but not `example.com:8080/`, a host with a port written without a scheme. */
const scheme = /^[a-z][a-z0-9+.-]*:/i;
const hostWithPort = /^[^:/?#]*\.[^:/?#]*:\d*(?:[/?#\\]|$)/;
/** A scheme-less link that starts with a host: `linkedin.com/in/x`, `www.example.org`. */
const hostFirst = /^[\p{L}\p{N}%_-]+(?:\.[\p{L}\p{N}%_-]+)+\.?(?::\d*)?(?:[/?#\\]|$)/u;
/** Labels that only pick a mirror of the same site: a mobile or `www` host, a language (`nl.`, `en-gb.`). */
const mirrorLabel = /^(?:www\d?|m|mobile|[a-z]{2}(?:-[a-z]{2})?)$/;
/** A second-level label of a country's registry (`co.uk`): what is left must not be only that. */
const registryLabel = /^(?:ac|co|com|edu|gov|ltd|me|ne|net|or|org|plc)$/;

/** The destination of a link, or undefined when it is not a link to anywhere (empty, relative, unparsable). */
export function normaliseLinkTarget(raw: string): LinkTarget | undefined {
  const folded = raw.normalize('NFKC').trim();
  let input: string;
  if (folded.startsWith('//')) input = `https:${folded}`;
  else if (scheme.test(folded) && !hostWithPort.test(folded)) input = folded;
  else if (hostFirst.test(folded)) input = `https://${folded}`;
  else return undefined;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return undefined;
  }
  return { href: url.href, scheme: url.protocol.slice(0, -1), host: plainHost(url.hostname), path: decodePath(url.pathname) };
}

/** The host a browser would contact, with the labels that only select a variant of the same site removed. */
function plainHost(hostname: string): string {
  let labels = hostname.replace(/\.+$/, '').split('.');
  // A punycode label may hide full-width or other compatibility forms of ASCII (a Markdown renderer
  // punycodes `ｌｉｎｋｅｄｉｎ.com` instead of folding it); fold those too.
  if (labels.some((label) => label.startsWith('xn--'))) {
    labels = labels.map((label) => {
      const decoded = label.startsWith('xn--') ? decodePunycode(label.slice(4))?.normalize('NFKC').toLowerCase() : undefined;
      return decoded && /^[a-z0-9-]+$/.test(decoded) ? decoded : label;
    });
  }
  while (labels.length > 2 && mirrorLabel.test(labels[0]) && !(labels.length === 3 && registryLabel.test(labels[1]))) labels = labels.slice(1);
  return labels.join('.');
}

/** Percent-decodes until nothing changes (a double-encoded `%2569` is `i` too), keeping malformed escapes. */
function decodePath(path: string): string {
  let current = path;
  for (let round = 0; round < 3; round++) {
    const next = current.replace(/(?:%[0-9a-f]{2})+/gi, (escapes) => {
      try {
        return decodeURIComponent(escapes);
      } catch {
        return escapes;
      }
    });
    if (next === current) break;
    current = next;
  }
  return current.normalize('NFKC');
}

/** GitHub and GitLab pages with one path segment that are not people. */
const notPeople = new Set(
  'about features pricing topics trending explore marketplace sponsors orgs settings login join enterprise security collections events readme site solutions resources customer-stories team contact search apps mobile codespaces copilot issues pulls notifications new help users projects dashboard'.split(
    ' ',
  ),
);
const notXUsers = new Set(
  'home search explore hashtag i intent share settings privacy tos notifications messages login signup compose jobs'.split(' '),
);
const notFacebookPages = new Set('help policies privacy legal login business careers share sharer sharer.php dialog plugins'.split(' '));
const notInstagramUsers = new Set('explore accounts about legal developer direct'.split(' '));
const packageHosts = new Set(['unpkg.com', 'esm.sh', 'jsr.io', 'cdn.skypack.dev']);
const githubUser = /^[a-z0-9](?:[a-z0-9-]{0,38})$/i;

/** A host or any of its subdomains. */
const within = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/**
 * What personal profile a link points to, as a phrase for a message (`a LinkedIn profile`), or undefined
 * for any other link. Takes the result of `normaliseLinkTarget` directly, undefined included.
 */
export function profileLinkKind(target: LinkTarget | undefined): string | undefined {
  if (!target || (target.scheme !== 'https' && target.scheme !== 'http')) return undefined;
  const { host } = target;
  const segments = target.path.split('/').filter(Boolean);
  const [first = '', second] = segments;
  const name = first.toLowerCase();
  const only = segments.length === 1;
  if (within(host, 'linkedin.com')) return /^(?:in|pub|profile)$/.test(name) && second ? 'a LinkedIn profile' : undefined;
  if (within(host, 'reddit.com')) return /^u(?:ser)?$/.test(name) && second ? 'a Reddit profile' : undefined;
  switch (host) {
    case 'lnkd.in':
      return first ? 'a LinkedIn short link' : undefined;
    case 'github.com':
      if (name === 'sponsors' && segments.length === 2 && githubUser.test(second)) return 'a GitHub profile';
      return only && githubUser.test(first) && !notPeople.has(name) ? 'a GitHub profile' : undefined;
    case 'gist.github.com':
      if (only && /^[\w-]+$/.test(first)) return 'a GitHub profile';
      return segments.length === 2 && githubUser.test(first) ? 'a GitHub gist' : undefined;
    case 'gitlab.com':
      if (name === 'users' && second) return 'a GitLab profile';
      return only && /^[a-z0-9][\w.-]{0,254}$/i.test(first) && !notPeople.has(name) ? 'a GitLab profile' : undefined;
    case 'twitter.com':
    case 'x.com':
      return /^\w{1,15}$/.test(first) && !notXUsers.has(name) ? 'an X (Twitter) profile' : undefined;
    case 'facebook.com':
    case 'fb.com':
    case 'fb.me':
      return first && !notFacebookPages.has(name) ? 'a Facebook page' : undefined;
    case 'instagram.com':
      return /^[\w.]+$/.test(first) && !notInstagramUsers.has(name) ? 'an Instagram profile' : undefined;
    case 'tiktok.com':
      return /^@[\w.]+$/.test(first) ? 'a TikTok profile' : undefined;
    case 'threads.net':
    case 'threads.com':
      return /^@[\w.]+$/.test(first) ? 'a Threads profile' : undefined;
    case 'bsky.app':
      return name === 'profile' && second ? 'a Bluesky profile' : undefined;
    case 'youtube.com':
      return first.startsWith('@') || (/^(?:c|channel|user)$/.test(name) && second) ? 'a YouTube channel' : undefined;
    case 'stackoverflow.com':
      return name === 'users' && /^\d+$/.test(second ?? '') ? 'a Stack Overflow profile' : undefined;
    case 'xing.com':
      return name === 'profile' && second ? 'a Xing profile' : undefined;
    case 't.me':
    case 'telegram.me':
    case 'wa.me':
    case 'm.me':
      return first ? 'a messenger contact' : undefined;
  }
  // Mastodon and the rest of the fediverse, Medium and others: `https://<any host>/@name[/...]`; on a
  // package registry or CDN, `/@scope/package` is a package, not a person.
  return /^@[\w.-]+$/.test(first) && !packageHosts.has(host) ? 'a personal @handle page' : undefined;
}

/** The Unicode of a punycode label without its `xn--` (RFC 3492), or undefined if it is not valid punycode. */
function decodePunycode(input: string): string | undefined {
  const base = 36;
  const adapt = (delta: number, points: number, first: boolean) => {
    let scaled = first ? Math.floor(delta / 700) : delta >> 1;
    scaled += Math.floor(scaled / points);
    let k = 0;
    for (; scaled > 455; k += base) scaled = Math.floor(scaled / 35);
    return k + Math.floor((36 * scaled) / (scaled + 38));
  };
  const basic = Math.max(0, input.lastIndexOf('-'));
  const output = [...input.slice(0, basic)].map((char) => char.charCodeAt(0));
  let [code, i, bias] = [128, 0, 72];
  for (let at = basic > 0 ? basic + 1 : 0; at < input.length;) {
    const before = i;
    for (let weight = 1, k = base; ; k += base) {
      const char = at < input.length ? input.charCodeAt(at++) : -1;
      const digit = char >= 48 && char <= 57 ? char - 22 : char >= 97 && char <= 122 ? char - 97 : char >= 65 && char <= 90 ? char - 65 : base;
      if (digit >= base) return undefined;
      i += digit * weight;
      const threshold = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
      if (digit < threshold) break;
      weight *= base - threshold;
    }
    bias = adapt(i - before, output.length + 1, before === 0);
    code += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (code > 0x10ffff || input.length > 63) return undefined;
    output.splice(i++, 0, code);
  }
  return String.fromCodePoint(...output);
}
