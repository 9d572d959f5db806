'use client';

import type { EventInput } from '@/lib/events/event-input-schema';
import type { EventJson } from '@/lib/events/event-json';
import { formatWhen } from '@/lib/events/format-when';

/**
 * Shown when someone else saved the event while this analyst was editing it: both versions side
 * by side, and nothing is saved until the analyst chooses.
 */
export function ConflictPanel({
  mine,
  theirs,
  onKeepMine,
  onTakeTheirs,
}: {
  mine: EventInput;
  theirs: EventJson;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const rows: Array<[string, string, string]> = [
    ['Title', mine.title ?? '', theirs.title],
    ['Status', mine.status ?? '', theirs.status],
    ['When', `${mine.start ?? ''} – ${mine.end ?? ''}`, formatWhen(theirs)],
    ['Place', [mine.location?.city, mine.location?.country].filter(Boolean).join(', '), [theirs.place?.city, theirs.place?.country].filter(Boolean).join(', ')],
    ['Participants', (mine.participants ?? []).map((p) => p.name).join(', '), theirs.participants.map((p) => p.name).join(', ')],
    ['Notes', mine.notes ?? '', theirs.notes ?? ''],
  ];
  return (
    <section className="conflict" role="alertdialog" aria-labelledby="conflict-title">
      <h2 id="conflict-title">Someone else changed this event (now version {theirs.version})</h2>
      <p>Your changes are not saved yet. Compare, then choose which version to continue from.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Your version</th>
            <th scope="col">Saved version</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, a, b]) => (
            <tr key={label} className={a !== b ? 'differs' : undefined}>
              <th scope="row">{label}</th>
              <td>{a}</td>
              <td>{b}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onKeepMine}>
        Keep my changes (then save again)
      </button>{' '}
      <button type="button" onClick={onTakeTheirs}>
        Load the saved version
      </button>
    </section>
  );
}
