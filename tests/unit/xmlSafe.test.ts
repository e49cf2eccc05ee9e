import { describe, expect, it } from 'vitest';
import { xmlSafeText, xmlSafeValue } from '../../src/lib/xmlSafe';

/**
 * What must go, said another way than the implementation does: control characters (C0, DEL, C1) but tab
 * and line ends, the noncharacters XML excludes, and surrogates (a `u` regex sees only unpaired ones).
 */
const notXml = /(?![\t\n\r])[\p{Cc}\p{Cs}\uFFFE\uFFFF]/u;

describe('xmlSafeText', () => {
  it('drops exactly the characters XML 1.0 forbids or discourages, across the whole BMP', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (xmlSafeText(`a${char}b`) !== (notXml.test(char) ? 'ab' : `a${char}b`)) wrong.push(`U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
    }
    expect(wrong).toEqual([]);
    expect(xmlSafeText('\u0000\u0001\u0008\u000B\u000C\u001F\u007F\u0085\u009F\uFFFE\uFFFF')).toBe('');
  });

  it('keeps tab, line ends and every other character, surrogate pairs included', () => {
    const kept = 'Tab\there\nLF\r\nCRLF \u00A0\u00E9\u05D0\uD7FF\uE000\uFFFD \u{10000}\u{1F600}\u{10FFFF} <&> "quotes"';
    expect(xmlSafeText(kept)).toBe(kept);
    expect(xmlSafeText('')).toBe('');
  });

  it('drops a surrogate that has lost its pair but keeps the pairs around it', () => {
    expect(xmlSafeText('\u{1F600}\uD83D\u{1F600}')).toBe('\u{1F600}\u{1F600}');
    expect(xmlSafeText('\uDE00\u{1F600}\uD83D')).toBe('\u{1F600}');
    expect(xmlSafeText('\uDE00\uD83D')).toBe('');
    expect(xmlSafeText('\uD83D\uD83D\uDE00')).toBe('\u{1F600}');
  });
});

describe('xmlSafeValue', () => {
  it('cleans every string in nested arrays and plain objects and leaves other values alone', () => {
    const date = new Date('2026-03-01T00:00:00Z');
    const url = new URL('https://example.org/');
    const input = { a: 'x\u0000y', list: ['\u0085one', { deep: 'two\uFFFE' }], n: 3, none: null, missing: undefined, yes: true, date, url };
    const output = xmlSafeValue(input);
    expect(output).toEqual({ a: 'xy', list: ['one', { deep: 'two' }], n: 3, none: null, missing: undefined, yes: true, date, url });
    expect(output.date).toBe(date);
    expect(output.url).toBe(url);
    // The input is left as it was.
    expect(input.a).toBe('x\u0000y');
    expect(xmlSafeValue('\u0007bell')).toBe('bell');
  });
});
