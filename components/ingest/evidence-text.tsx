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
            {piece.text}
          </mark>
        ) : (
          <span key={piece.key}>{piece.text}</span>
        ),
      )}
    </div>
  );
}
