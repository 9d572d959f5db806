'use client';

import { useEffect, useState } from 'react';
import { takeLastSave } from '@/lib/client/last-save';
import { lastSaveMessage, type LastSave } from '@/lib/events/save-summary';

/**
 * After an article is saved, the timeline it opens says what was created, merged and skipped,
 * with each saved event one click (or Enter) from its details.
 */
export function SaveNotice({ onSelect }: { onSelect: (id: number) => void }) {
  const [save, setSave] = useState<LastSave | null>(null);
  // Read once after mounting: sessionStorage does not exist on the server.
  // eslint-disable-next-line react-hooks/set-state-in-effect -- a one-time read of browser storage
  useEffect(() => setSave(takeLastSave()), []);
  if (!save) return null;
  const saved = [...save.created.map((e) => ({ ...e, how: 'new' })), ...save.merged.map((e) => ({ ...e, how: 'merged' }))];
  return (
    <section className="save-notice" role="status" aria-label="What was saved">
      <p>
        <strong>{lastSaveMessage(save)}</strong>
        <button type="button" className="link-button" onClick={() => setSave(null)} aria-label="Dismiss the message">
          Dismiss
        </button>
      </p>
      {saved.length > 0 && (
        <ul>
          {saved.map((e) => (
            <li key={e.id}>
              <button type="button" className="link-button" onClick={() => onSelect(e.id)}>
                {e.title}
              </button>{' '}
              <span className="muted">({e.how})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
