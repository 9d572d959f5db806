/**
 * RFC 5545 §3.3.11 TEXT escaping. Every stored string that reaches a feed goes through here, so no
 * field (title, source URL, participant role) can end a content line early and inject a property.
 */

// C0 controls other than TAB, plus DEL: TSAFE-CHAR excludes them and some clients reject the line.
// CR is dropped here too: TEXT can only carry a line break as "\n", so CRLF and a lone LF both
// become one "\n" and a lone CR (never meaningful on its own) disappears.
const DISALLOWED_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
// A lone UTF-16 surrogate has no UTF-8 encoding; TextEncoder would silently write U+FFFD anyway.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NEEDS_ESCAPE = /[\\;,\n]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', ';': '\\;', ',': '\\,', '\n': '\\n' };

/** Removes what no iCalendar TEXT value may contain; keeps line breaks as LF. */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, (match) => (match === '\r\n' ? '\n' : '')).replace(DISALLOWED_CONTROLS, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** A TEXT property value, escaped. */
export function escapeText(value: string): string {
  return cleanText(value).replace(NEEDS_ESCAPE, (char) => ESCAPES[char]);
}

/**
 * One-line text for calendar names and descriptions: line breaks and runs of white space collapse
 * to a single space, and the length is capped because clients show these in narrow side panels.
 */
export function sanitizeSingleLine(value: string, maxLength: number): string {
  const collapsed = cleanText(value).replace(/\s+/g, ' ').trim();
  if (collapsed.length <= maxLength) return collapsed;
  // Cut on a code point boundary so the ellipsis never follows half a surrogate pair.
  const codePoints = Array.from(collapsed);
  return codePoints.length <= maxLength ? collapsed : `${codePoints.slice(0, maxLength - 1).join('').trimEnd()}…`;
}

/**
 * Values typed as URI (URL, SOURCE) are not TEXT-escaped by the RFC, so anything that could end
 * the line or confuse a parser is percent-encoded instead.
 */
export function sanitizeUri(value: string): string {
  return value.replace(/[\u0000-\u0020\u007F"<>\\^`{|}]/g, (char) => encodeURIComponent(char));
}
