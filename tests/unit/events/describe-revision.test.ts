import { describe, expect, it } from 'vitest';
import { describeRevision } from '../../../lib/events/describe-revision';

describe('describeRevision', () => {
  it('says what changed in words', () => {
    expect(
      describeRevision({
        action: 'update',
        changes: {
          start: ['2026-04-08', '2026-04-15'],
          status: ['scheduled', 'postponed'],
          location: [{ city: 'Rome', country: 'IT' }, null],
          sources: { added: ['https://example.org/a'] },
        },
      }),
    ).toEqual([
      'date moved from 8 Apr 2026 to 15 Apr 2026',
      'status changed from scheduled to postponed',
      'place changed from Rome, IT to (none) — source: https://example.org/a',
    ]);
  });

  it('shows a timed value on the place’s own clock', () => {
    expect(describeRevision({ action: 'update', changes: { start: ['2026-04-21T15:00:00+09:00', '2026-04-21T16:30:00+09:00'] } })).toEqual([
      'date moved from 21 Apr 2026, 15:00 to 21 Apr 2026, 16:30',
    ]);
  });

  it('says when a revision only added a source', () => {
    expect(describeRevision({ action: 'update', changes: { sources: { added: ['Wire'] } } })).toEqual(['source: Wire added']);
  });

  it('calls a first revision a creation', () => {
    expect(describeRevision({ action: 'create', changes: { title: 'x' } })).toEqual(['created']);
  });
});

describe('describeRevision names events, not numbers', () => {
  it('a change of the event it is part of shows titles when known, a number only when not', () => {
    expect(describeRevision({ action: 'update', changes: { parentId: [null, 48] } }, { 48: 'Mark Rutte visits Washington' })).toEqual([
      'parent event changed from (none) to “Mark Rutte visits Washington”',
    ]);
    expect(describeRevision({ action: 'update', changes: { parentId: [48, 52] } }, { 48: 'Mark Rutte visits Washington' })).toEqual([
      'parent event changed from “Mark Rutte visits Washington” to event 52',
    ]);
  });
});
