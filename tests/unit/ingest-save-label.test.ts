import { describe, expect, it } from 'vitest';
import { lastSaveMessage } from '../../lib/events/save-summary';
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

describe('the timeline says what the save did', () => {
  const ref = (id: number) => ({ id, title: `Event ${id}` });
  it.each([
    [{ created: [ref(1), ref(2)], merged: [ref(3)], skipped: 2 }, 'Saved 2 new events and 1 merge into saved events; 2 drafts skipped.'],
    [{ created: [], merged: [ref(3), ref(4)], skipped: 0 }, 'Saved 2 merges into saved events.'],
    [{ created: [ref(1)], merged: [], skipped: 1 }, 'Saved 1 new event; 1 draft skipped.'],
    [{ created: [], merged: [], skipped: 3 }, 'Nothing saved; 3 drafts skipped.'],
  ])('%j → %s', (save, message) => {
    expect(lastSaveMessage(save)).toBe(message);
  });
});
