import { describe, expect, it } from 'vitest';
import { clashDismissalInputSchema, clashPairQuerySchema, eventPairKey, isClashDismissed, orderEventPair } from '../../../lib/events/clash-dismissals';

const event = (id: number, parentId: number | null = null) => ({ id, parentId });

describe('a dismissed pair', () => {
  it('is the same pair in either order', () => {
    expect(orderEventPair(9, 4)).toEqual([4, 9]);
    expect(eventPairKey(9, 4)).toBe(eventPairKey(4, 9));
  });

  it('covers the clash of the two events themselves, and of no other pair', () => {
    const dismissed = new Set([eventPairKey(1, 2)]);
    expect(isClashDismissed(dismissed, event(2), event(1))).toBe(true);
    expect(isClashDismissed(dismissed, event(1), event(3))).toBe(false);
    expect(isClashDismissed(new Set(), event(1), event(2))).toBe(false);
  });

  it('made for a visit, covers the clash of its meetings with the other event, and of meetings of two dismissed visits', () => {
    const visitAndForum = new Set([eventPairKey(10, 20)]);
    expect(isClashDismissed(visitAndForum, event(11, 10), event(20))).toBe(true);
    expect(isClashDismissed(visitAndForum, event(20), event(11, 10))).toBe(true);
    expect(isClashDismissed(new Set([eventPairKey(10, 30)]), event(11, 10), event(31, 30))).toBe(true);
  });

  it('made for a meeting, does not cover its visit nor its sibling meetings', () => {
    const meetingAndForum = new Set([eventPairKey(11, 20)]);
    expect(isClashDismissed(meetingAndForum, event(10), event(20))).toBe(false);
    expect(isClashDismissed(meetingAndForum, event(12, 10), event(20))).toBe(false);
  });
});

describe('what a dismissal request must say', () => {
  const fields = (input: unknown) => (clashDismissalInputSchema.safeParse(input).error?.issues ?? []).map((i) => i.path.join('.'));

  it('takes two event ids and an optional reason, trimmed', () => {
    expect(clashDismissalInputSchema.parse({ a: 3, b: 7, reason: '  wrong date  ' })).toEqual({ a: 3, b: 7, reason: 'wrong date' });
    expect(clashDismissalInputSchema.parse({ a: 3, b: 7 })).toEqual({ a: 3, b: 7 });
    expect(clashDismissalInputSchema.parse({ a: 3, b: 7, reason: null }).reason).toBeNull();
  });

  it('names the field that is wrong', () => {
    expect(fields({ a: '3', b: 7 })).toEqual(['a']);
    expect(fields({ a: 3, b: -7 })).toEqual(['b']);
    expect(fields({ a: 3, b: 3 })).toEqual(['b']);
    expect(fields({ a: 3, b: 4, reason: 'x'.repeat(501) })).toEqual(['reason']);
  });

  it('reads the pair to undo from the query string', () => {
    expect(clashPairQuerySchema.parse({ a: '12', b: '5' })).toEqual({ a: 12, b: 5 });
    for (const bad of [{ a: '12' }, { a: '0', b: '5' }, { a: '1e3', b: '5' }, { a: '5', b: '5' }]) expect(clashPairQuerySchema.safeParse(bad).success).toBe(false);
  });
});
