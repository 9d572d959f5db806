import { describe, expect, it } from 'vitest';
import { diffDraftAgainst, parentChoices, sameTiming, startReview } from '../../components/ingest/draft-review';
import type { DraftEvent } from '../../lib/events/event-record';
import type { EventJson } from '../../lib/events/event-json';

// Issue 14, item 10: the merge comparison and what a draft can be attached to.
describe('comparing a draft with the saved event it would merge into', () => {
  it('sees no difference between an instant written in two offsets, or a day and a time on that day', () => {
    expect(sameTiming('2026-12-07T18:00:00+01:00', '2026-12-07T17:00:00Z')).toBe(true);
    expect(sameTiming('2026-12-07', '2026-12-07T18:00:00+01:00')).toBe(true);
    expect(sameTiming('2026-12-07', '2026-12-08')).toBe(false);
    expect(sameTiming('2026-12-07T18:00:00+01:00', '2026-12-07T19:00:00+01:00')).toBe(false);
  });

  it('flags no "end" difference for a one-day draft against a timed saved event on that day', () => {
    const saved = { title: 'Merz meets Macron', status: 'scheduled', certainty: 'confirmed', start: '2026-12-07T18:00:00+01:00', end: '2026-12-07T20:00:00+01:00', timezone: 'Europe/Paris', location: { city: 'Paris', country: 'FR' }, participants: [] } as unknown as EventJson;
    const draft = { title: 'Merz meets Macron', status: 'scheduled', start: '2026-12-07T18:00:00+01:00', end: '2026-12-07', timezone: 'Europe/Paris', location: { city: 'Paris', country: 'FR' }, participants: [] } as unknown as DraftEvent;
    expect(diffDraftAgainst(draft, saved)).toEqual([]);
    expect(diffDraftAgainst({ ...draft, end: '2026-12-08' }, saved).map((d) => d.field)).toEqual(['end']);
  });
});

describe('what a draft can be part of', () => {
  const draft = (id: string, kind: string, title: string) => ({ id, kind, title, parent: null }) as unknown as DraftEvent;
  const reviews = [startReview(draft('v', 'visit', 'Merz visits Paris'), []), startReview(draft('s', 'summit', 'Summit in Paris'), []), startReview(draft('m', 'meeting', 'Merz meets Macron'), [])];

  it('offers a meeting the visits and summits of the batch that are not skipped', () => {
    expect(parentChoices(reviews, 'm')).toEqual([
      { id: 'v', title: 'Merz visits Paris' },
      { id: 's', title: 'Summit in Paris' },
    ]);
    expect(parentChoices([{ ...reviews[0], action: 'skip' }, reviews[1], reviews[2]], 'm')).toEqual([{ id: 's', title: 'Summit in Paris' }]);
  });

  it('offers a visit or summit nothing: they hold events, they are not held', () => {
    expect(parentChoices(reviews, 'v')).toEqual([]);
    expect(parentChoices(reviews, 's')).toEqual([]);
  });
});
