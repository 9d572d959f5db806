'use client';

import { useState } from 'react';
import type { DraftEvent, EvidenceSpan } from '@/lib/events/event-record';
import { EVENT_CERTAINTIES, EVENT_KINDS, EVENT_STATUSES, type EventCertainty } from '@/lib/events/event-record';
import type { MergeableField } from '@/lib/events/ingest-schema';
import { formatWhen } from '@/lib/events/format-when';
import { diffDraftAgainst, newParticipants, type DraftAction, type DraftReview } from './draft-review';

interface Props {
  index: number;
  review: DraftReview;
  parentTitle: string | null;
  /** drafts of the batch this one can be part of */
  parentChoices: Array<{ id: string; title: string }>;
  /** set when the analyst skips this draft's parent: it will be saved without one */
  skippedParentTitle: string | null;
  onChange: (review: DraftReview) => void;
  onFocusEvidence: (spans: EvidenceSpan[]) => void;
  onShowPerson: (name: string) => void;
}

/** One extracted event, editable, with the choice to create it, merge it into a saved event, or skip it. */
export function DraftCard({ index, review, parentTitle, parentChoices, skippedParentTitle, onChange, onFocusEvidence, onShowPerson }: Props) {
  const [newPerson, setNewPerson] = useState('');
  const { draft } = review;
  const label = `Draft ${index + 1}: ${draft.title}`;
  const setDraft = (patch: Partial<DraftEvent>) => onChange({ ...review, draft: { ...draft, ...patch } });
  const target = review.candidates.find((c) => c.event.id === review.mergeTargetId)?.event ?? null;
  const differences = target ? diffDraftAgainst(draft, target) : [];
  const toggleField = (field: MergeableField, on: boolean) =>
    onChange({ ...review, confirmedFields: on ? [...review.confirmedFields, field] : review.confirmedFields.filter((f) => f !== field) });
  const id = `draft-${index}`;
  function addPerson() {
    const name = newPerson.trim().replace(/\s+/g, ' ');
    if (!name) return;
    // The same name twice is one participant.
    if (!draft.participants.some((p) => p.name.toLowerCase() === name.toLowerCase())) setDraft({ participants: [...draft.participants, { name, role: null, organization: null, country: null }] });
    setNewPerson('');
  }

  return (
    <article
      className={`draft-card action-${review.action}`}
      aria-label={label}
      tabIndex={0}
      onMouseEnter={() => onFocusEvidence(draft.evidence)}
      onFocus={() => onFocusEvidence(draft.evidence)}
      data-draft={draft.id}
    >
      <header>
        <span className="kind">{draft.kind}</span>
        {parentTitle && !skippedParentTitle && <span className="parent"> · part of “{parentTitle}”</span>}
      </header>
      {skippedParentTitle && review.action !== 'skip' && (
        <p className="notice" role="status">
          “{skippedParentTitle}” is skipped, so this draft will be saved on its own, without a parent.
        </p>
      )}
      <label htmlFor={`${id}-title`}>Title</label>
      <input id={`${id}-title`} value={draft.title} onChange={(e) => setDraft({ title: e.target.value })} />
      <div className="row">
        <label>
          Kind{' '}
          <select value={draft.kind} onChange={(e) => setDraft({ kind: e.target.value as DraftEvent['kind'] })}>
            {EVENT_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
        <label>
          Status{' '}
          <select value={draft.status} onChange={(e) => setDraft({ status: e.target.value as DraftEvent['status'] })}>
            {EVENT_STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Certainty{' '}
          <select value={draft.certainty ?? 'confirmed'} onChange={(e) => setDraft({ certainty: e.target.value as EventCertainty })}>
            {EVENT_CERTAINTIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="row">
        <label>
          Start <input aria-label={`${label} start`} value={draft.start ?? ''} onChange={(e) => setDraft({ start: e.target.value })} size={26} />
        </label>
        <label>
          End <input aria-label={`${label} end`} value={draft.end ?? ''} onChange={(e) => setDraft({ end: e.target.value })} size={22} />
        </label>
      </div>
      <div className="row">
        <label>
          City{' '}
          <input value={draft.location?.city ?? ''} onChange={(e) => setDraft({ location: { city: e.target.value || null, country: draft.location?.country ?? null } })} />
        </label>
        <label>
          Country{' '}
          <input size={3} maxLength={2} value={draft.location?.country ?? ''} onChange={(e) => setDraft({ location: { city: draft.location?.city ?? null, country: e.target.value.toUpperCase() || null } })} />
        </label>
        <span className="zone">{draft.timezone ?? 'no zone'}</span>
      </div>
      {(parentChoices.length > 0 || draft.parent) && (
        <label>
          Part of{' '}
          <select aria-label={`${label}: part of`} value={draft.parent ?? ''} onChange={(e) => setDraft({ parent: e.target.value || null })}>
            <option value="">(nothing: stands alone)</option>
            {parentChoices.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </label>
      )}
      <ul className="draft-people" aria-label="Participants">
        {draft.participants.map((person, i) => (
          <li key={`${person.name}-${i}`}>
            <button type="button" className="link-button" onClick={() => onShowPerson(person.name)} title="Show the sentence that names them">
              {person.name}
            </button>
            {[person.role, person.organization ?? person.country].filter(Boolean).length > 0 && (
              <span className="role"> — {[person.role, person.organization ?? person.country].filter(Boolean).join(', ')}</span>
            )}
            <button type="button" aria-label={`Remove ${person.name}`} className="link-button" onClick={() => setDraft({ participants: draft.participants.filter((_, j) => j !== i) })}>
              ✕
            </button>
          </li>
        ))}
      </ul>
      <div className="row add-person">
        <label>
          Add a participant{' '}
          <input
            aria-label={`${label}: add a participant`}
            value={newPerson}
            onChange={(e) => setNewPerson(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              addPerson();
            }}
            placeholder="Full name"
          />
        </label>
        <button type="button" onClick={addPerson} disabled={!newPerson.trim()}>
          Add
        </button>
      </div>

      <fieldset className="draft-action">
        <legend>What to do</legend>
        {(['create', 'merge', 'skip'] as DraftAction[]).map((action) => (
          <label key={action} className="check">
            <input
              type="radio"
              name={`${id}-action`}
              value={action}
              checked={review.action === action}
              disabled={action === 'merge' && review.candidates.length === 0}
              onChange={() => onChange({ ...review, action })}
            />{' '}
            {action === 'create' ? 'Create new' : action === 'merge' ? 'Merge into a saved event' : 'Skip'}
          </label>
        ))}
      </fieldset>
      {review.candidates.length > 0 && (
        <div className="duplicates" role="group" aria-label="Possible duplicates">
          <p>
            <strong>Probably already saved:</strong>
          </p>
          {review.candidates.map((candidate) => (
            <label key={candidate.event.id} className="check">
              <input
                type="radio"
                name={`${id}-target`}
                checked={review.mergeTargetId === candidate.event.id}
                onChange={() => onChange({ ...review, mergeTargetId: candidate.event.id, confirmedFields: [] })}
              />{' '}
              <a href={`/events/${candidate.event.id}`} target="_blank" rel="noreferrer">
                {candidate.event.title}
              </a>{' '}
              ({formatWhen(candidate.event)}; {candidate.reasons.join(', ')})
            </label>
          ))}
          {review.action === 'merge' && target && (
            <div className="merge-diff">
              {differences.length === 0 ? (
                <p>The saved event already says the same; merging adds this article as a source.</p>
              ) : (
                <table>
                  <caption>Differences: tick what to take from this article</caption>
                  <thead>
                    <tr>
                      <th scope="col">Take</th>
                      <th scope="col">Field</th>
                      <th scope="col">Saved</th>
                      <th scope="col">This article</th>
                    </tr>
                  </thead>
                  <tbody>
                    {differences.map((row) => (
                      <tr key={row.field}>
                        <td>
                          <input
                            type="checkbox"
                            aria-label={`Take ${row.field} from this article`}
                            checked={review.confirmedFields.includes(row.field)}
                            onChange={(e) => toggleField(row.field, e.target.checked)}
                          />
                        </td>
                        <th scope="row">{row.field}</th>
                        <td>{row.saved}</td>
                        <td>{row.draft}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {newParticipants(draft, target).length > 0 && <p>Adds participants: {newParticipants(draft, target).join(', ')}</p>}
            </div>
          )}
        </div>
      )}
    </article>
  );
}
