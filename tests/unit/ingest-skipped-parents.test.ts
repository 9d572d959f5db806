import { describe, expect, it } from 'vitest';
import { detachSkippedParents, findSkippedParentTitle, startReview, type DraftReview } from '../../components/ingest/draft-review';
import type { DraftEvent } from '../../lib/events/event-record';

// Finding 13 of issue 13, the /ingest half: a draft whose parent is skipped is saved on its own,
// and its card says so, instead of the server dropping the link silently.
const draft = (id: string, parent: string | null, title: string) => ({ id, parent, title, kind: parent ? 'meeting' : 'visit' }) as unknown as DraftEvent;

describe('drafts whose parent the analyst skips', () => {
  const visit = startReview(draft('v', null, 'Rutte in Washington'), []);
  const meeting = startReview(draft('m', 'v', 'Rutte meets Rubio'), []);

  it('keep their parent while the parent is saved', () => {
    expect(detachSkippedParents([visit, meeting])[1].draft.parent).toBe('v');
    expect(findSkippedParentTitle([visit, meeting], meeting)).toBeNull();
  });

  it('lose the reference before saving, and the card names the skipped parent', () => {
    const reviews: DraftReview[] = [{ ...visit, action: 'skip' }, meeting];
    expect(detachSkippedParents(reviews)[1].draft.parent).toBeNull();
    expect(findSkippedParentTitle(reviews, meeting)).toBe('Rutte in Washington');
  });
});
