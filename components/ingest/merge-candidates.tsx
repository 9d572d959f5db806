import type { EventJson } from '@/lib/events/event-json';
import { formatWhen } from '@/lib/events/format-when';
import type { MergeableField } from '@/lib/events/ingest-schema';
import { diffDraftAgainst, newParticipants, type DraftReview } from './draft-review';

/** What merging into `target` would change: the differing fields, each taken only when ticked, and the participants added. */
function MergeDiff({ review, target, onChange }: { review: DraftReview; target: EventJson; onChange: (review: DraftReview) => void }) {
  const differences = diffDraftAgainst(review.draft, target);
  const toggleField = (field: MergeableField, on: boolean) =>
    onChange({ ...review, confirmedFields: on ? [...review.confirmedFields, field] : review.confirmedFields.filter((f) => f !== field) });
  const added = newParticipants(review.draft, target);
  return (
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
                  <input type="checkbox" aria-label={`Take ${row.field} from this article`} checked={review.confirmedFields.includes(row.field)} onChange={(e) => toggleField(row.field, e.target.checked)} />
                </td>
                <th scope="row">{row.field}</th>
                <td>{row.saved}</td>
                <td>{row.draft}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {added.length > 0 && <p>Adds participants: {added.join(', ')}</p>}
    </div>
  );
}

/** Saved events a draft probably repeats: one is chosen as the merge target, and a merge shows what it would change. */
export function MergeCandidates({ id, review, onChange }: { id: string; review: DraftReview; onChange: (review: DraftReview) => void }) {
  if (review.candidates.length === 0) return null;
  const target = review.candidates.find((c) => c.event.id === review.mergeTargetId)?.event ?? null;
  return (
    <div className="duplicates" role="group" aria-label="Possible duplicates">
      <p>
        <strong>Probably already saved:</strong>
      </p>
      {review.candidates.map((candidate) => (
        <label key={candidate.event.id} className="check">
          <input type="radio" name={`${id}-target`} checked={review.mergeTargetId === candidate.event.id} onChange={() => onChange({ ...review, mergeTargetId: candidate.event.id, confirmedFields: [] })} />{' '}
          <a href={`/events/${candidate.event.id}`} target="_blank" rel="noreferrer">
            {candidate.event.title}
          </a>{' '}
          ({formatWhen(candidate.event)}; {candidate.reasons.join(', ')})
        </label>
      ))}
      {review.action === 'merge' && target && <MergeDiff review={review} target={target} onChange={onChange} />}
    </div>
  );
}
