'use client';

import type { EvidenceSpan } from '@/lib/events/event-record';

/**
 * The article with the evidence of the focused draft marked. Text is rendered as text nodes
 * only, so nothing in an article can run in the analyst's browser.
 */
export function EvidenceText({ text, spans }: { text: string; spans: EvidenceSpan[] }) {
  const ordered = [...spans].filter((s) => s.end > s.start && s.start >= 0 && s.end <= text.length).sort((a, b) => a.start - b.start);
  const pieces: Array<{ text: string; marked: boolean; key: number }> = [];
  let cursor = 0;
  for (const span of ordered) {
    const start = Math.max(span.start, cursor);
    if (start > cursor) pieces.push({ text: text.slice(cursor, start), marked: false, key: cursor });
    if (span.end > start) pieces.push({ text: text.slice(start, span.end), marked: true, key: start });
    cursor = Math.max(cursor, span.end);
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), marked: false, key: cursor });
  return (
    <div className="article-text" aria-label="Article text">
      {pieces.map((piece) =>
        piece.marked ? (
          <mark key={piece.key} data-evidence="true">
            <WithoutMarkup text={piece.text} />
          </mark>
        ) : (
          <span key={piece.key}>
            <WithoutMarkup text={piece.text} />
          </span>
        ),
      )}
    </div>
  );
}

/** Markdown's emphasis and heading marks ("**Roma**", "## Title") as a pasted report carries them. */
const MARKUP = /(\*{1,3}|_{2,3}|^#{1,6}[ \t]+)/gm;

/**
 * The text with Markdown's marks hidden from view (kept in the DOM, so the evidence offsets into
 * the original text stay right), still as text nodes only.
 */
function WithoutMarkup({ text }: { text: string }) {
  const parts = text.split(MARKUP);
  if (parts.length === 1) return text;
  return parts.map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} className="markup" aria-hidden="true">
        {part}
      </span>
    ) : (
      part
    ),
  );
}
