import type { Dispatch, SetStateAction } from 'react';
import type { EvidenceSpan, ExtractionResult } from '@/lib/events/event-record';
import { DraftCard } from './draft-card';
import { findSkippedParentTitle, parentChoices, saveButtonLabel, type DraftReview } from './draft-review';
import { EvidenceText } from './evidence-text';
import { findSentenceNaming } from './find-sentence';
import { SaveErrors } from './save-errors';
import { useSavedNames } from './use-saved-names';

interface ReviewProps {
  result: ExtractionResult;
  text: string;
  highlight: EvidenceSpan[];
  setHighlight: (spans: EvidenceSpan[]) => void;
  reviews: DraftReview[];
  setReviews: Dispatch<SetStateAction<DraftReview[]>>;
  onSave: () => void;
  saving: boolean;
  saveError: Error | null;
}

/** The article beside its drafts: the focused draft's evidence is marked in the text; each draft is reviewed, then all are saved. */
export function DraftReviewSection({ result, text, highlight, setHighlight, reviews, setReviews, onSave, saving, saveError }: ReviewProps) {
  const toSave = reviews.filter((r) => r.action !== 'skip').length;
  const savedNames = useSavedNames(reviews);
  const titleOf = (draftId: string | null) => reviews.find((r) => r.draft.id === draftId)?.draft.title ?? null;
  return (
    <section className="review" aria-label="Review the extracted events">
      <div className="review-text" tabIndex={0} role="region" aria-label="The article, with the evidence of the focused draft">
        <h2>Article</h2>
        <p className="count">
          Language: {result.language} · published {result.published ?? 'unknown'}
        </p>
        <EvidenceText text={text} spans={highlight} />
      </div>
      <div className="review-drafts">
        <h2>
          {reviews.length} draft{reviews.length === 1 ? '' : 's'}
        </h2>
        {reviews.length === 0 && <p>No dated event with a named participant was found in this article.</p>}
        {reviews.map((review, index) => (
          <DraftCard
            key={review.draft.id}
            index={index}
            review={review}
            parentTitle={titleOf(review.draft.parent)}
            parentChoices={parentChoices(reviews, review.draft.id)}
            skippedParentTitle={findSkippedParentTitle(reviews, review)}
            onChange={(next) => setReviews((all) => all.map((r, i) => (i === index ? next : r)))}
            onFocusEvidence={setHighlight}
            savedNames={savedNames}
            onShowPerson={(name) => {
              const span = findSentenceNaming(text, name);
              if (span) setHighlight([span]);
            }}
          />
        ))}
        <SaveErrors error={saveError} />
        {reviews.length > 0 && (
          <button type="button" className="primary" onClick={onSave} disabled={saving || toSave === 0}>
            {saving ? 'Saving…' : saveButtonLabel(reviews)}
          </button>
        )}
      </div>
    </section>
  );
}
