import { describe, expect, it } from 'vitest';
import { normaliseLinkTarget, profileLinkKind } from '../../src/lib/linkTargets';
import { findPersonalData } from '../../src/lib/personalData';

/**
 * The personal-data rules, each tested both ways: contact details as strangers really write (and disguise)
 * them must be found, and ordinary interview prose that resembles them must pass.
 */
const findings = (text: string) => findPersonalData(text).map((finding) => [finding.kind, finding.found]);

interface Rule {
  /** [sentence, the text that must be reported]; the kind is the rule's. */
  found: [text: string, match: string][];
  passes: string[];
}

const rules: Record<'email' | 'phone' | 'profile-link', Rule> = {
  email: {
    found: [
      ['Write to test.candidate@example.com', 'test.candidate@example.com'],
      ['<test.candidate+jobs@mail.example.co.uk>', 'test.candidate+jobs@mail.example.co.uk'],
      ['Mail the recruiter: john dot doe at gmail dot com.', 'john dot doe at gmail dot com'],
      ['reach me at john [at] gmail [dot] com', 'john [at] gmail [dot] com'],
      ['contact john(at)gmail(dot)com for tips', 'john(at)gmail(dot)com'],
      ['contact john {at} gmail {dot} com for tips', 'john {at} gmail {dot} com'],
      ['ask john @ gmail . com', 'john @ gmail . com'],
      ['JOHN AT GMAIL DOT COM knows', 'JOHN AT GMAIL DOT COM'],
      ['mail john<at>example.org', 'john<at>example.org'],
      ['mail jane (at) example.nl please', 'jane (at) example.nl'],
      ['full-width: john＠gmail．com', 'john＠gmail．com'],
      ['ｊｏｈｎ＠ｇｍａｉｌ．ｃｏｍ wrote back', 'ｊｏｈｎ＠ｇｍａｉｌ．ｃｏｍ'],
      ['with a hidden space: jane@exam\u200bple.com', 'jane@exam\u200bple.com'],
    ],
    passes: [
      "I interviewed at backbase.com's office in the city centre.",
      'We met at the office. Dot points followed on the whiteboard.',
      'I arrived at 9. com... was all the recruiter typed.',
      'I worked at booking dot com for three years before applying.',
      'We looked at the dot product at length, then at caching.',
      'The meeting at 10 a.m. at the office; dot your i’s and cross your t’s.',
      'We use @decorators in Angular and npm install @astrojs/mdx@latest.',
      'Rated 4.5 @ Glassdoor. Salary 50k @ 40 hours.',
    ],
  },
  phone: {
    found: [
      ['Call me on 06 12 34 56 78 after five.', '06 12 34 56 78'],
      ['mobile 06-12345678.', '06-12345678'],
      ['or +31 6 12345678 from abroad', '+31 6 12345678'],
      ['Call +31 20 123 4567', '+31 20 123 4567'],
      ['the office: 020 123 4567, reception', '020 123 4567'],
      ['Call 020 123 4567 or', '020 123 4567'],
      ['their number +31 (0)20 123 4567 is on the site', '+31 (0)20 123 4567'],
      ['Handy 0171/1234567 (Berlin)', '0171/1234567'],
      ['Tel. +49 171 1234567', '+49 171 1234567'],
      ['Dial 0049 171 1234567 from the Netherlands', '0049 171 1234567'],
      ['text 07700 900123 to confirm', '07700 900123'],
      ['or +44 7700 900123', '+44 7700 900123'],
      ['London office 020 7946 0958.', '020 7946 0958'],
      ['US office 555-010-0199', '555-010-0199'],
      ['US office (555) 010-0199', '(555) 010-0199'],
      ['US office 555.010.0199', '555.010.0199'],
      ['US office 5550100199', '5550100199'],
      ['US office 1-555-010-0199', '1-555-010-0199'],
      ['US office +1 555 010 0199', '+1 555 010 0199'],
      ['India: +91 98765 43210', '+91 98765 43210'],
      ['India: +91-9876543210', '+91-9876543210'],
      ['India: 09876543210', '09876543210'],
      ['full-width: ０６－１２３４５６７８', '０６－１２３４５６７８'],
      ['Room 12 06-12345678', '06-12345678'],
    ],
    passes: [
      'The offer came on 2026-02-21, after rounds in 2019-2021.',
      'Interviews on 21.02.2026 and 01-02-2026 09:30, the last on 2026/03/04.',
      'Salary €55,000–€70,000, or 60000-75000 EUR, or 60 000 - 75 000 a year; 1 234 567 890 users.',
      'Salary 45000 - 60000 EUR, or €45,000–€60,000 a year; 1 234 567 890 users.',
      'I worked there 2019-2023 and 2015 – 2018.',
      'It took 3 rounds of 45 minutes, 2 weeks in all, from 0 to 100 in 10 days.',
      'Version 1.2.3.4 at 10:30 in room 101; rounds 1, 2, 3, 4, 5, 6, 7, 8, 9.',
      'We scaled from 10 000 000 to 250 000 000 requests a day (+200 000 000).',
      'Node 20.11.1 and Python 3.12.2; ISBN 978-0-13-468599-1.',
      'Opening hours 09.00-17.00, lunch 12:00-13:00, 08:30 - 17:30.',
      'The take-home was due 06-12-2026 10:00.',
      'They hire 1500 people a year, 2026020115 was the ticket.',
    ],
  },
  'profile-link': {
    found: [
      ['see https://www.linkedin.com/in/test-candidate/', 'https://www.linkedin.com/in/test-candidate/'],
      ['nl.linkedin.com/in/test', 'nl.linkedin.com/in/test'],
      ['old one: https://www.linkedin.com/pub/jane-doe/1/2/3', 'https://www.linkedin.com/pub/jane-doe/1/2/3'],
      ['at https://www.linkedin.com:443/in/jane-doe.', 'https://www.linkedin.com:443/in/jane-doe'],
      ['(https://linkedin.com./in/jane)', 'https://linkedin.com./in/jane'],
      ['HTTPS://WWW.LINKEDIN.COM/IN/JANE', 'HTTPS://WWW.LINKEDIN.COM/IN/JANE'],
      ['my page linkedin.com/in/jane, thanks', 'linkedin.com/in/jane'],
      ['https://ｌｉｎｋｅｄｉｎ.com/in/jane', 'https://ｌｉｎｋｅｄｉｎ.com/in/jane'],
      ['https://www.linked%69n.com/in/jane', 'https://www.linked%69n.com/in/jane'],
      ['https://linkedin.com/%69n/jane', 'https://linkedin.com/%69n/jane'],
      ['[me](//linkedin.com/in/jane)', '//linkedin.com/in/jane'],
      ['short: https://lnkd.in/abc123', 'https://lnkd.in/abc123'],
      ['my code: github.com/test-candidate', 'github.com/test-candidate'],
      ['https://user:pw@github.com/janedoe', 'https://user:pw@github.com/janedoe'],
      ['gist.github.com/janedoe/0123abcd has my notes', 'gist.github.com/janedoe/0123abcd'],
      ['https://gist.github.com/janedoe', 'https://gist.github.com/janedoe'],
      ['https://gitlab.com/test.candidate', 'https://gitlab.com/test.candidate'],
      ['ping x.com/testcandidate', 'x.com/testcandidate'],
      ['https://twitter.com/test_candidate', 'https://twitter.com/test_candidate'],
      ['https://mobile.twitter.com/jane/status/123', 'https://mobile.twitter.com/jane/status/123'],
      ['facebook.com/test.candidate', 'facebook.com/test.candidate'],
      ['https://fb.com/jane.doe', 'https://fb.com/jane.doe'],
      ['instagram.com/test.candidate', 'instagram.com/test.candidate'],
      ['https://mastodon.example/@test', 'https://mastodon.example/@test'],
      ['my write-up medium.com/@jane/my-interview-123', 'medium.com/@jane/my-interview-123'],
      ['follow @jane@mastodon.social for more', '@jane@mastodon.social'],
      ['t.me/janedoe or https://telegram.me/janedoe', 't.me/janedoe'],
      ['WhatsApp wa.me/31612345678', 'wa.me/31612345678'],
      ['https://www.tiktok.com/@jane', 'https://www.tiktok.com/@jane'],
      ['https://www.threads.net/@jane', 'https://www.threads.net/@jane'],
      ['https://bsky.app/profile/jane.bsky.social', 'https://bsky.app/profile/jane.bsky.social'],
      ['https://www.youtube.com/@janedoe', 'https://www.youtube.com/@janedoe'],
      ['https://stackoverflow.com/users/123/test', 'https://stackoverflow.com/users/123/test'],
      ['https://old.reddit.com/user/jane', 'https://old.reddit.com/user/jane'],
      ['https://www.xing.com/profile/Jane_Doe', 'https://www.xing.com/profile/Jane_Doe'],
    ],
    passes: [
      'Docs: github.com/features/actions, https://github.com/withastro/astro, dropbox.com/x, netflix.com/y.',
      'Their page https://www.linkedin.com/company/example and https://www.linkedin.com/jobs/view/123.',
      'Study https://docs.python.org/3/ and https://developer.mozilla.org/en-US/docs/Web.',
      'We use the C# / .NET stack, Node.js and Vue.js, e.g. or i.e. whatever fits.',
      'Install from https://unpkg.com/@astrojs/mdx/dist/index.js or npm i @astrojs/mdx.',
      'The repo https://gitlab.com/gitlab-org/gitlab and https://www.youtube.com/watch?v=abc.',
      'Read https://x.com/i/flow and https://www.facebook.com/help/123 for the policy.',
      'Reach the recruiter through the careers page.',
    ],
  },
};

describe.each(Object.entries(rules))('%s', (kind, rule) => {
  it.each(rule.found)('found: %s', (text, match) => {
    expect(findings(text)).toContainEqual([kind, match]);
    expect(findings(text).every(([found]) => found === kind)).toBe(true);
  });

  it.each(rule.passes)('passes: %s', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });
});

describe('personal data findings', () => {
  it('say what was found and how to fix it, in the wording of the rule', () => {
    const [email, phone, profile] = findPersonalData('a@example.com, 06-12345678, linkedin.com/in/a');
    expect(email).toMatchObject({
      rule: 'privacy',
      kind: 'email',
      index: 0,
      message: expect.stringMatching(/^contains an e-mail address \("a@example.com"\);.*Remove it$/),
    });
    expect(phone).toMatchObject({
      kind: 'phone',
      index: 15,
      message: expect.stringMatching(/^contains what looks like a phone number \("06-12345678"\);/),
    });
    expect(profile).toMatchObject({
      kind: 'profile-link',
      index: 28,
      message: expect.stringMatching(/^links to a LinkedIn profile \("linkedin.com\/in\/a"\);.*"name"$/),
    });
  });

  it('report offsets in the original text when folding changes lengths', () => {
    // `㍿` folds to four characters and `𝐣` (two UTF-16 units) to one: the finding still points at the original.
    const text = '㍿ 𝐣ohn＠example．com ㍿ ０６－１２３４５６７８';
    const [email, phone] = findPersonalData(text);
    expect(text.slice(email.index, email.index + email.found.length)).toBe('𝐣ohn＠example．com');
    expect(email.found).toBe('𝐣ohn＠example．com');
    expect(phone.found).toBe('０６－１２３４５６７８');
    expect(phone.index).toBe(text.indexOf('０６'));
  });

  it('report one finding per number, however many forms match it', () => {
    expect(findPersonalData('+1 (555) 010-0199')).toHaveLength(1);
  });

  it('report an address in a profile link once, as the link', () => {
    expect(findings('https://jane@github.com/janedoe')).toEqual([['profile-link', 'https://jane@github.com/janedoe']]);
  });

  it('finish on 64 KB of digits, separators and near-misses (linear-time patterns)', () => {
    let seed = 7;
    const random = (chars: string) => chars[(seed = (seed * 48271) % 2147483647) % chars.length];
    const mixes = ['0123456789 -./()+', '0123456789 ', 'a. @[]()dot at/:', '0a.b/@ '];
    for (const chars of mixes) {
      const text = Array.from({ length: 64 * 1024 }, () => random(chars)).join('');
      expect(Array.isArray(findPersonalData(text))).toBe(true);
    }
    for (const unit of ['06 12 ', 'a dot ', 'a . ', 'a.', 'a@', '1.', '/', 'https://', 'a [dot] ', '@a@a.']) {
      expect(Array.isArray(findPersonalData(unit.repeat(Math.ceil((64 * 1024) / unit.length))))).toBe(true);
    }
    expect(findPersonalData(`https://x.com/jane${')'.repeat(64 * 1024)}`)).toHaveLength(1);
  });
});

describe('link targets', () => {
  it.each([
    ['https://www.linkedin.com:443/in/jane-doe', 'linkedin.com', '/in/jane-doe'],
    ['https://linkedin.com./in/jane', 'linkedin.com', '/in/jane'],
    ['HTTPS://WWW.LINKEDIN.COM/IN/JANE', 'linkedin.com', '/IN/JANE'],
    ['linkedin.com/in/jane', 'linkedin.com', '/in/jane'],
    ['linkedin.com:8080/in/jane', 'linkedin.com', '/in/jane'],
    ['//nl.linkedin.com/in/jane', 'linkedin.com', '/in/jane'],
    ['https://ｌｉｎｋｅｄｉｎ.com/in/jane', 'linkedin.com', '/in/jane'],
    // What a Markdown renderer makes of the full-width host: punycode of the full-width letters.
    ['https://xn--pi7cblchepe.com/in/jane', 'linkedin.com', '/in/jane'],
    ['https://www.linked%69n.com/%2569n/jane', 'linkedin.com', '/in/jane'],
    ['https://user:pw@github.com/janedoe', 'github.com', '/janedoe'],
    ['https://bücher.example/x', 'xn--bcher-kva.example', '/x'],
    ['https://www.bbc.co.uk/news', 'bbc.co.uk', '/news'],
  ])('%s → %s %s', (raw, host, path) => {
    expect(normaliseLinkTarget(raw)).toMatchObject({ scheme: 'https', host, path });
  });

  it('read other schemes, and no host-less or relative link', () => {
    expect(normaliseLinkTarget('mailto:jane@example.com')).toMatchObject({ scheme: 'mailto', host: '' });
    expect(normaliseLinkTarget('JavaScript:alert(1)')).toMatchObject({ scheme: 'javascript' });
    for (const raw of ['', '/experiences/x/', './a', '#top', 'notes', 'https://']) expect(normaliseLinkTarget(raw)).toBeUndefined();
  });

  it('name the profile a link points to, and nothing for other pages', () => {
    expect(profileLinkKind(normaliseLinkTarget('https://www.linkedin.com/in/jane'))).toBe('a LinkedIn profile');
    expect(profileLinkKind(normaliseLinkTarget('https://github.com/janedoe'))).toBe('a GitHub profile');
    expect(profileLinkKind(normaliseLinkTarget('http://x.com/jane'))).toBe('an X (Twitter) profile');
    expect(profileLinkKind(normaliseLinkTarget('https://github.com/withastro/astro'))).toBeUndefined();
    expect(profileLinkKind(normaliseLinkTarget('ftp://github.com/janedoe'))).toBeUndefined();
    expect(profileLinkKind(normaliseLinkTarget('/in/jane'))).toBeUndefined();
    expect(profileLinkKind(undefined)).toBeUndefined();
  });
});
