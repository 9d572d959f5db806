/**
 * Atom 1.0 (RFC 4287) text from plain entries. Hand-written because it is small and the product's
 * own: a feed, a self link, an alternate link, and entries with a stable id, a title, an updated
 * instant, a link and a text body. Every string is XML-escaped; characters XML 1.0 forbids are dropped.
 */
export interface AtomEntry {
  /** an IRI that never changes for this entry (RFC 4287 §4.2.6) */
  id: string;
  title: string;
  /** ISO instant in UTC */
  updated: string;
  link: string;
  /** plain text; line breaks are kept */
  content: string;
  author?: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** the feed's own URL */
  self: string;
  /** the HTML page the feed follows */
  alternate: string;
  /** ISO instant in UTC: the newest entry's, or a fixed instant for an empty feed */
  updated: string;
  entries: AtomEntry[];
}

// XML 1.0 allows tab, line feed, carriage return and everything from U+0020 except surrogates and U+FFFE/U+FFFF.
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export function escapeXml(value: string): string {
  return value.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function renderEntry(entry: AtomEntry): string {
  return [
    '  <entry>',
    `    <id>${escapeXml(entry.id)}</id>`,
    `    <title type="text">${escapeXml(entry.title)}</title>`,
    `    <updated>${escapeXml(entry.updated)}</updated>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
    entry.author ? `    <author><name>${escapeXml(entry.author)}</name></author>` : null,
    `    <content type="text">${escapeXml(entry.content)}</content>`,
    '  </entry>',
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
}

export function renderAtom(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    feed.subtitle ? `  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>` : null,
    `  <updated>${escapeXml(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    // RFC 4287 §4.1.1: a feed without an author needs one on every entry; the feed names itself.
    '  <author><name>Summitry</name></author>',
    '  <generator>Summitry</generator>',
    ...feed.entries.map(renderEntry),
    '</feed>',
    '',
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
}
