import type { LookAlike } from '../../src/lib/questionBank';

/**
 * What `npm run new:experience` says when a question typed at its prompt looks like one the bank already
 * holds: the look-alikes, most alike first, and whether to write the first one's wording instead. The answer
 * defaults to yes when the site would merge the two anyway (the contributor loses nothing), and to no when
 * they are only alike (they may well be different questions).
 */
export function lookAlikeOffer(found: readonly LookAlike[]): { lines: string; prompt: string; defaultYes: boolean } {
  const defaultYes = found[0].merges;
  const listed = found.map(({ question, merges }, index) => {
    const reports = question.sources.length === 1 ? 'reported once' : `reported ${question.sources.length} times`;
    return `    ${index + 1}. “${question.text}” (${reports}${merges ? '; the site merges yours into it' : ''})`;
  });
  const others = found.length > 1 ? ', or the number of another' : '';
  return {
    lines: [`  This looks like ${found.length === 1 ? 'a question' : 'questions'} already reported:`, ...listed].join('\n'),
    prompt: `  Use the wording of 1 instead, so the two are counted together? [${defaultYes ? 'Y/n' : 'y/N'}${others}] `,
    defaultYes,
  };
}

/**
 * The wording an answer to the offer chooses: a look-alike's text, `undefined` to keep the contributor's own,
 * or `null` for an answer that is none of these (asked again).
 */
export function chosenWording(answer: string, found: readonly LookAlike[], defaultYes: boolean): string | undefined | null {
  const typed = answer.trim().toLowerCase();
  if (typed === '') return defaultYes ? found[0].question.text : undefined;
  if (typed === 'y' || typed === 'yes') return found[0].question.text;
  if (typed === 'n' || typed === 'no') return undefined;
  const number = /^\d+$/.test(typed) ? Number(typed) : 0;
  return number >= 1 && number <= found.length ? found[number - 1].question.text : null;
}
