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
      'start changed from 2026-04-08 to 2026-04-15',
      'status changed from scheduled to postponed',
      'place changed from Rome, IT to (none)',
      'source added: https://example.org/a',
    ]);
  });

  it('calls a first revision a creation', () => {
    expect(describeRevision({ action: 'create', changes: { title: 'x' } })).toEqual(['created']);
  });
});
