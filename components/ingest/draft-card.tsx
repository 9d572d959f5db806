'use client';

import type { DraftEvent, EvidenceSpan } from '@/lib/events/event-record';
import { DraftActionChoice } from './draft-action-choice';
import { DraftFields } from './draft-fields';
import { DraftParticipants } from './draft-participants';
import type { DraftReview } from './draft-review';
import { MergeCandidates } from './merge-candidates';
import type { SavedNames } from './use-saved-names';

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
  /** the participants' names among saved people */
  savedNames: SavedNames;
}

/** One extracted event, editable, with the choice to create it, merge it into a saved event, or skip it. */
export function DraftCard({ index, review, parentTitle, parentChoices, skippedParentTitle, onChange, onFocusEvidence, onShowPerson, savedNames }: Props) {
  const { draft } = review;
  const label = `Draft ${index + 1}: ${draft.title}`;
  const setDraft = (patch: Partial<DraftEvent>) => onChange({ ...review, draft: { ...draft, ...patch } });
  const id = `draft-${index}`;

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
      <DraftFields id={id} label={label} draft={draft} parentChoices={parentChoices} setDraft={setDraft} />
      <DraftParticipants label={label} participants={draft.participants} onChange={(participants) => setDraft({ participants })} onShowPerson={onShowPerson} savedNames={savedNames} />
      <DraftActionChoice id={id} action={review.action} canMerge={review.candidates.length > 0} onChange={(action) => onChange({ ...review, action })} />
      <MergeCandidates id={id} review={review} onChange={onChange} />
    </article>
  );
}
