'use client';

import { useState } from 'react';
import type { EventFormValues } from '@/lib/events/event-form-values';
import { CONFLICT_FIELDS, describeConflictField, mergeFormValues, type ConflictField } from '@/lib/events/merge-form-values';

/**
 * Shown when someone else saved the event while this analyst was editing it: both versions side
 * by side, a choice per differing field, and nothing is saved until the analyst saves the merge.
 */
export function ConflictPanel({
  base,
  mine,
  theirs,
  theirVersion,
  onResolve,
}: {
  /** the values both edits started from: a field only they changed defaults to theirs */
  base: EventFormValues;
  mine: EventFormValues;
  theirs: EventFormValues;
  theirVersion: number;
  onResolve: (merged: EventFormValues) => void;
}) {
  const differing = CONFLICT_FIELDS.filter((field) => describeConflictField(mine, field) !== describeConflictField(theirs, field));
  const untouchedByMe = (field: ConflictField) => describeConflictField(mine, field) === describeConflictField(base, field);
  const [choices, setChoices] = useState<Record<string, 'mine' | 'theirs'>>(() =>
    Object.fromEntries(differing.map((f) => [f, untouchedByMe(f) ? 'theirs' : 'mine'])),
  );
  const choose = (field: ConflictField, side: 'mine' | 'theirs') => setChoices((all) => ({ ...all, [field]: side }));

  return (
    <section className="conflict" role="alertdialog" aria-labelledby="conflict-title" aria-describedby="conflict-help">
      <h2 id="conflict-title">Someone else changed this event (now version {theirVersion})</h2>
      <p id="conflict-help">Your changes are not saved yet. For each field that differs, choose which value to keep, then save the merge.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Your version</th>
            <th scope="col">Saved version</th>
          </tr>
        </thead>
        <tbody>
          {differing.map((field) => (
            <tr key={field} className="differs">
              <th scope="row">
                {field}
                <span className="count"> {untouchedByMe(field) ? '(changed by them)' : '(changed by you)'}</span>
              </th>
              <td>
                <label className="check">
                  <input type="radio" name={`conflict-${field}`} checked={choices[field] === 'mine'} onChange={() => choose(field, 'mine')} />{' '}
                  {describeConflictField(mine, field)}
                </label>
              </td>
              <td>
                <label className="check">
                  <input type="radio" name={`conflict-${field}`} checked={choices[field] === 'theirs'} onChange={() => choose(field, 'theirs')} />{' '}
                  {describeConflictField(theirs, field)}
                </label>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => onResolve(mergeFormValues(mine, theirs, differing.filter((f) => choices[f] === 'theirs')))}>
        Use these choices
      </button>
    </section>
  );
}
