import { matchesOf, quoted, type TextFinding } from './textFindings';

/**
 * Personal contact details in contributed text. Everything in an experience is published to everyone and
 * stays in the repository's history, so e-mail addresses, phone numbers and links to someone's profile are
 * refused: they identify people (the candidate or an interviewer) and invite spam. The patterns aim at
 * things that are clearly contact details, so ordinary prose (dates, salary ranges, "JavaScript: …") passes.
 */

const email = /(?<![\w.%+-])[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![\w-])/gi;

/** International (+31 …), national with a trunk zero (020 123 4567, 06-12345678) and North American (555-123-4567) forms. */
const phones = [
  /(?<![\w+])\+\d[\d ().-]{6,}\d(?!\w)/g,
  /(?<![\w.-])\(?0\d{1,4}\)?[ .-]?\d{2,4}[ .-]?\d{2,4}(?:[ .-]?\d{2,4})?(?![\w-]|\.\d)/g,
  /(?<![\w.-])\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?![\w-]|\.\d)/g,
];

/** The start of a link to a site, with or without a scheme or `www.`. */
const site = (domain: string) => String.raw`(?<![\w.@-])(?:https?:\/\/)?(?:[a-z]{2,3}\.|www\.|mobile\.)?${domain}`;
/** GitHub and GitLab pages with one path segment that are not people. */
const notPeople = String.raw`(?!(?:about|features|pricing|topics|trending|explore|marketplace|sponsors|orgs|settings|login|join|enterprise|security|collections|events|readme|site|solutions|resources|customer-stories|team|contact|search|apps|mobile|codespaces|copilot|issues|pulls|notifications|new|help|users|projects|dashboard)(?![\w-]))`;
const end = String.raw`\/?(?=$|[\s)\]>"'.,;:!?#])`;

const profiles: [name: string, pattern: RegExp][] = [
  ['a LinkedIn profile', new RegExp(`${site(String.raw`linkedin\.com`)}\\/(?:in|pub|profile)\\/[^\\s)\\]>"'<]+`, 'gi')],
  ['a GitHub profile', new RegExp(`${site(String.raw`github\.com`)}\\/${notPeople}[a-z0-9](?:[a-z0-9-]{0,38})${end}`, 'gi')],
  ['a GitLab profile', new RegExp(`${site(String.raw`gitlab\.com`)}\\/${notPeople}[a-z0-9][\\w.-]{0,254}${end}`, 'gi')],
  ['an X (Twitter) profile', new RegExp(`${site(String.raw`(?:twitter|x)\.com`)}\\/(?!(?:home|search|explore|hashtag|i|intent|share|settings|privacy|tos)(?!\\w))\\w{1,15}`, 'gi')],
  ['a Facebook page', new RegExp(`${site(String.raw`(?:facebook|fb)\.com`)}\\/[^\\s)\\]>"'<]+`, 'gi')],
  ['an Instagram profile', new RegExp(`${site(String.raw`instagram\.com`)}\\/[\\w.]+`, 'gi')],
  ['a TikTok profile', new RegExp(`${site(String.raw`tiktok\.com`)}\\/@[\\w.]+`, 'gi')],
  ['a Threads profile', new RegExp(`${site(String.raw`threads\.(?:net|com)`)}\\/@[\\w.]+`, 'gi')],
  ['a Bluesky profile', new RegExp(`${site(String.raw`bsky\.app`)}\\/profile\\/[\\w.:-]+`, 'gi')],
  ['a YouTube channel', new RegExp(`${site(String.raw`youtube\.com`)}\\/(?:@|c\\/|channel\\/|user\\/)[\\w.-]+`, 'gi')],
  ['a Stack Overflow profile', new RegExp(`${site(String.raw`stackoverflow\.com`)}\\/users\\/\\d+`, 'gi')],
  ['a Reddit profile', new RegExp(`${site(String.raw`reddit\.com`)}\\/u(?:ser)?\\/[\\w-]+`, 'gi')],
  ['a Xing profile', new RegExp(`${site(String.raw`xing\.com`)}\\/profile\\/[\\w-]+`, 'gi')],
  ['a messenger contact', new RegExp(`${site(String.raw`(?:t\.me|wa\.me)`)}\\/\\w+`, 'gi')],
  ['a personal @handle page', /https?:\/\/[\w.-]+\/@[\w.-]+/gi],
];

const digitCount = (text: string) => text.replace(/\D/g, '').length;

/** Every e-mail address, phone number and profile link in a text. */
export function findPersonalData(text: string): TextFinding[] {
  const findings: TextFinding[] = [];
  // Each kind needs a character most prose lacks; a text without it skips those (slower) patterns.
  const mayHaveEmail = text.includes('@');
  const mayHavePhone = digitCount(text) >= 9;
  const mayHaveLink = text.includes('/');
  for (const match of mayHaveEmail ? matchesOf(email, text) : []) {
    findings.push({
      rule: 'privacy',
      kind: 'email',
      index: match.index,
      found: match.text,
      message: `contains an e-mail address (${quoted(match.text)}); everything in an experience is public, so contact details are refused to protect you and others from being identified and spammed. Remove it`,
    });
  }
  const phoneSpans: [number, number][] = [];
  for (const pattern of mayHavePhone ? phones : []) {
    for (const match of matchesOf(pattern, text)) {
      const digits = digitCount(match.text);
      const end = match.index + match.text.length;
      // The forms overlap ("+1 (555) 010-0199" is also "(555) 010-0199"): one number, one finding.
      if (digits < 9 || digits > 15 || phoneSpans.some(([start, stop]) => match.index < stop && start < end)) continue;
      phoneSpans.push([match.index, end]);
      findings.push({
        rule: 'privacy',
        kind: 'phone',
        index: match.index,
        found: match.text,
        message: `contains what looks like a phone number (${quoted(match.text)}); everything in an experience is public, so contact details are refused. Remove it (if it is not a phone number, write it differently, e.g. with commas between the digit groups)`,
      });
    }
  }
  for (const [name, pattern] of mayHaveLink ? profiles : []) {
    for (const match of matchesOf(pattern, text)) {
      if (findings.some((finding) => finding.kind === 'profile-link' && finding.index <= match.index && match.index < finding.index + finding.found.length)) continue;
      findings.push({
        rule: 'privacy',
        kind: 'profile-link',
        index: match.index,
        found: match.text,
        message: `links to ${name} (${quoted(match.text)}); experiences must not point to anyone's personal profile, yours or an interviewer's. Remove the link; to be credited, put the name you want shown in "name"`,
      });
    }
  }
  return findings.sort((a, b) => a.index - b.index);
}
