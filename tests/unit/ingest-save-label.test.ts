import { describe, expect, it } from 'vitest';
import { saveButtonLabel, startReview, type DraftAction, type DraftReview } from '../../components/ingest/draft-review';
import type { DraftEvent } from '../../lib/events/event-record';

// Issue 14, item 10: the button said "Save 4 events" when all four drafts were merges.
const review = (action: DraftAction): DraftReview => ({ ...startReview({ id: 'd', parent: null, title: 't', kind: 'visit' } as unknown as DraftEvent, []), action });

describe('the save button says what it will do', () => {
  it.each([
    [['merge', 'merge', 'merge', 'merge'], 'Save 4 merges into saved events'],
    [['create'], 'Save 1 new event'],
    [['create', 'create', 'merge', 'skip'], 'Save 2 new events and 1 merge into saved events'],
    [['skip', 'skip'], 'Nothing to save'],
  ] as Array<[DraftAction[], string]>)('%j → %s', (actions, label) => {
    expect(saveButtonLabel(actions.map(review))).toBe(label);
  });
});
