import { normaliseLinkTarget, profileLinkKind } from './linkTargets';
import { findPhoneNumbers } from './phoneNumbers';
import { quoted, type TextFinding } from './textFindings';

/**
 * Personal contact details in contributed text. Everything in an experience is published to everyone and
 * stays in the repository's history, so e-mail addresses, phone numbers and links to someone's profile are
 * refused: they identify people (the candidate or an interviewer) and invite spam. Contributors are
 * strangers, so the usual disguises count too (`john [at] example [dot] com`, full-width `＠`, a link
 * spelled `HTTPS://WWW.LINKED%49N.COM/...`), while ordinary prose (dates, salary ranges, "worked at
 * example.com") passes.
 */

/** Characters that show nothing: left out before matching, so they cannot split an address. */
const invisible = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

interface Folded {
  text: string;
  /** The original offsets [start, end) of the folded range [start, end). */
  span(start: number, end: number): [number, number];
}

/**
 * The text with every character NFKC-folded on its own (`＠` is `@`, `０６` is `06`, `ｌｉｎｋｅｄｉｎ` is
 * `linkedin`) and invisible characters dropped, with a map back to the original offsets (a folded
 * character can be longer or shorter than the original one).
 */
function fold(text: string): Folded {
  // eslint-disable-next-line no-control-regex -- the whole ASCII range, controls included, needs no folding
  if (/^[\x00-\x7f]*$/.test(text) || (!invisible.test(text) && text.normalize('NFKC') === text)) return { text, span: (start, end) => [start, end] };
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let offset = 0;
  for (const char of text) {
    const next = offset + char.length;
    const form = char.charCodeAt(0) < 0x80 ? char : invisible.test(char) ? '' : char.normalize('NFKC');
    for (let i = 0; i < form.length; i++) {
      from.push(offset);
      to.push(next);
    }
    folded += form;
    offset = next;
  }
  from.push(text.length);
  return { text: folded, span: (start, end) => [from[start], end > start ? to[end - 1] : from[start]] };
}

/*
 * E-mail addresses, plain or disguised: the `at` may be `@` (with spaces or not), `[at]`, `(at)`, `{at}`,
 * `<at>` or a spoken ` at `; each dot `.`, ` . `, `[dot]` or a spoken ` dot `. Ordinary prose has a spoken
 * " at " and a plain dot ("worked at example.com", "met at 9. Com..."), so a spoken at counts only with a
 * bracketed or spoken dot; a last dot with spaces or spoken counts only before a common top-level domain
 * (not "at the dot product"). Every repetition is bounded, so a failed match costs a bounded scan.
 */
const bracketed = (words: string) => String.raw`[ \t]{0,3}[\[({<][ \t]{0,2}(?:${words})[ \t]{0,2}[\])}>][ \t]{0,3}`;
const spoken = (word: string) => String.raw`[ \t]{1,3}${word}[ \t]{1,3}`;
const anyDot = String.raw`(?:${bracketed(String.raw`dot|\.`)}|${spoken('dot')}|[ \t]{0,2}\.[ \t]{0,2})`;
const anyAt = String.raw`(?<at>${bracketed('at|@')}|${spoken('at')}|[ \t]{0,3}@[ \t]{0,3})`;
const commonTlds =
  'com|net|org|edu|gov|io|dev|app|ai|co|info|biz|email|nl|de|uk|eu|fr|es|ch|se|dk|fi|pl|pt|ie|ca|au|jp|cn|ru|br|mx|nz|za|sg|hk|cz|ro|tr|gr|hu|ua';
const lastDot = String.raw`(?:(?:\.|${bracketed(String.raw`dot|\.`)})[a-z]{2,24}|(?:[ \t]{1,2}\.[ \t]{0,2}|\.[ \t]{1,2}|${spoken('dot')})(?:${commonTlds}))(?![\w-])`;
const word = '[a-z0-9_%+-]{1,64}';
const label = '[a-z0-9-]{1,63}';
const email = new RegExp(
  String.raw`(?<![\w.%+@-])(?<local>${word}(?:${anyDot}${word}){0,8})${anyAt}${label}(?:${anyDot}${label}){0,8}${lastDot}`,
  'gi',
);
const spokenAt = /^[ \t]+at[ \t]+$/i;
const disguisedDot = /[[({<][ \t]*(?:dot|\.)[ \t]*[\])}>]|[ \t]dot[ \t]/i;
/** Words that stand before " at " in prose ("I worked at example dot com"), never as the whole name of a mailbox. */
const proseWords = new Set(
  'i me you he she we they it him her us them who one someone everyone people was were is are am be been being work works worked working job role intern internship office engineer developer interview interviews interviewed interviewing onsite start started join joined apply applied arrive arrived meet met meeting stay stayed look looked looking good great bad better best hired offer years months weeks days time home remote'.split(
    ' ',
  ),
);
/** A disguised address needs `@`, a bracketed `at` or a spoken `dot`; text without any skips the pattern. */
const mayHaveEmail = /@|\bdot\b|[[({<][ \t]*at[ \t]*[\])}>]/i;

function findEmails(text: string): { index: number; text: string }[] {
  const found: { index: number; text: string }[] = [];
  email.lastIndex = 0;
  for (let match = email.exec(text); match; match = email.exec(text)) {
    const { at, local } = match.groups as { at: string; local: string };
    if (spokenAt.test(at) && (!disguisedDot.test(match[0]) || proseWords.has(local.toLowerCase()))) {
      // Not an address; one may still start inside this match ("met at x.com, jane at y dot com").
      email.lastIndex = match.index + 1;
      continue;
    }
    found.push({ index: match.index, text: match[0] });
  }
  return found;
}

/**
 * Profile links, with a scheme (or `//`) or starting with a host (`linkedin.com/in/x`); whether one is a
 * profile is decided on the normalised URL, so any spelling of the host or path is read as the browser would.
 */
const linkLike =
  /(?:\b[a-z][a-z0-9+.-]{0,15}:)?\/\/[^\s<>"'`]+|(?<![\w@.%/-])(?:[a-z0-9%-]{1,63}\.){1,10}[a-z][a-z0-9-]{1,62}\.?(?::\d{1,5})?[/\\][^\s<>"'`]*/gi;
/** `@name@mastodon.social`: a fediverse account, written as a handle rather than a link. */
const fediverseHandle = /(?<![\w@.+-])@[a-z0-9_][a-z0-9_.-]{0,63}@(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,63}(?![\w-])/gi;

/** A link as written in prose: without the punctuation after it, or closing brackets it did not open. */
function trimLink(link: string): string {
  let unopened = link.split(')').length - link.split('(').length;
  let end = link.length;
  for (; end > 0; end--) {
    const char = link[end - 1];
    if (char === ')' && unopened > 0) unopened--;
    else if (!/[.,;:!?*_~'"\]}>]/.test(char)) break;
  }
  return link.slice(0, end);
}

/** Each profile link with what the message says of it ("links to a LinkedIn profile"). */
function findProfileLinks(text: string): { index: number; text: string; says: string }[] {
  const found: { index: number; text: string; says: string }[] = [];
  // Every link holds a `/` and no space: only the words around each `/` are read, not the whole text.
  for (let slash = text.indexOf('/'), end: number; slash >= 0; slash = text.indexOf('/', end)) {
    let start = slash;
    while (start > 0 && !/\s/.test(text[start - 1])) start--;
    for (end = slash + 1; end < text.length && !/\s/.test(text[end]);) end++;
    for (const match of text.slice(start, end).matchAll(linkLike)) {
      const link = trimLink(match[0]);
      const kind = profileLinkKind(normaliseLinkTarget(link));
      if (kind) found.push({ index: start + match.index, text: link, says: `links to ${kind}` });
    }
  }
  for (const match of text.includes('@') ? text.matchAll(fediverseHandle) : []) {
    found.push({ index: match.index, text: match[0], says: 'names a fediverse (Mastodon) account' });
  }
  return found;
}

/** At least `count` ASCII digits, counted without building a string. */
function hasDigits(text: string, count: number): boolean {
  let seen = 0;
  for (let i = 0; i < text.length && seen < count; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) seen++;
  }
  return seen >= count;
}

const advice = {
  email:
    'everything in an experience is public, so contact details are refused to protect you and others from being identified and spammed. Remove it',
  phone:
    'everything in an experience is public, so contact details are refused. Remove it (if it is not a phone number, write it differently, e.g. with commas between the digit groups)',
  profile: `experiences must not point to anyone's personal profile, yours or an interviewer's. Remove the link; to be credited, put the name you want shown in "name"`,
};

/** Every e-mail address, phone number and profile link in a text, in the order they appear. */
export function findPersonalData(text: string): TextFinding[] {
  const folded = fold(text);
  const at = (found: { index: number; text: string }) => {
    const [start, end] = folded.span(found.index, found.index + found.text.length);
    return { index: start, found: text.slice(start, end) };
  };
  const findings: TextFinding[] = [];
  const links = findProfileLinks(folded.text);
  const inLink = (found: { index: number; text: string }) =>
    links.some((link) => link.index <= found.index && found.index < link.index + link.text.length);
  for (const link of links) {
    const place = at(link);
    findings.push({ rule: 'privacy', kind: 'profile-link', ...place, message: `${link.says} (${quoted(place.found)}); ${advice.profile}` });
  }
  // An address in a link's userinfo (`https://me@github.com/me`) or digits in its path are part of that link.
  for (const email of mayHaveEmail.test(folded.text) ? findEmails(folded.text) : []) {
    if (inLink(email)) continue;
    const place = at(email);
    findings.push({ rule: 'privacy', kind: 'email', ...place, message: `contains an e-mail address (${quoted(place.found)}); ${advice.email}` });
  }
  for (const phone of hasDigits(folded.text, 8) ? findPhoneNumbers(folded.text) : []) {
    if (inLink(phone)) continue;
    const place = at(phone);
    findings.push({
      rule: 'privacy',
      kind: 'phone',
      ...place,
      message: `contains what looks like a phone number (${quoted(place.found)}); ${advice.phone}`,
    });
  }
  return findings.sort((a, b) => a.index - b.index);
}
