/**
 * Text made safe for XML 1.0 and for anything built from it (feeds, data exports, meta tags). Content
 * validation already refuses control characters; this is the second line, so that text which got past it
 * can never make a feed unreadable: one stray character and a feed reader rejects the whole document.
 */

/**
 * What XML 1.0 forbids: C0 controls but tab, LF and CR; U+FFFE and U+FFFF; a surrogate without its pair.
 * Also DEL and the C1 controls (U+007F–U+009F), which XML discourages and no text needs.
 */
const notXml =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML 1.0 forbids or discourages; everything else is kept as it is. */
export function xmlSafeText(text: string): string {
  return text.replace(notXml, '');
}

/**
 * A value with `xmlSafeText` applied to every string value in it, through arrays and plain objects, so a
 * whole record is made safe in one place. Other values (numbers, dates, URLs…) are returned as they are.
 */
export function xmlSafeValue<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T;
  if (Array.isArray(value)) return value.map(xmlSafeValue) as T;
  if (value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, xmlSafeValue(item)])) as T;
  }
  return value;
}
