import { z } from 'zod';

/**
 * "Not a clash" (issue 15): an editor's word that two events do not place anyone twice. Stored
 * apart from the events, lower id first, so that either order names the same dismissal.
 */
export function orderEventPair(a: number, b: number): [low: number, high: number] {
  return a < b ? [a, b] : [b, a];
}

export function eventPairKey(a: number, b: number): string {
  return orderEventPair(a, b).join('|');
}

interface PairSide {
  id: number;
  parentId: number | null;
}

/**
 * Whether a dismissal covers the clash of two events: their own pair, or a visit's pair standing
 * for its meetings. /clashes lists a clashing visit and not again its meetings, so dismissing
 * "Rubio visits Beijing" against a forum elsewhere must quiet his meetings in Beijing too.
 */
export function isClashDismissed(dismissed: ReadonlySet<string>, a: PairSide, b: PairSide): boolean {
  if (dismissed.size === 0) return false;
  const sides = (e: PairSide) => (e.parentId === null ? [e.id] : [e.id, e.parentId]);
  return sides(a).some((x) => sides(b).some((y) => x !== y && dismissed.has(eventPairKey(x, y))));
}

const MAX_REASON = 500;

const eventId = (field: string) =>
  z.number({ error: `${field} must be an event id (a whole number)` }).int(`${field} must be an event id (a whole number)`).positive(`${field} must be an event id`).max(Number.MAX_SAFE_INTEGER);

/** `POST /api/clashes/dismissals`: the two events, and why they are not a clash (optional). */
export const clashDismissalInputSchema = z
  .object({
    a: eventId('a'),
    b: eventId('b'),
    reason: z.string({ error: 'reason must be text' }).trim().max(MAX_REASON, `reason must be at most ${MAX_REASON} characters`).nullish(),
  })
  .refine((input) => input.a !== input.b, { message: 'a and b must be two different events', path: ['b'] });

export type ClashDismissalInput = z.output<typeof clashDismissalInputSchema>;

const idParam = (field: string) => z.string({ error: `${field} is required` }).regex(/^[1-9]\d{0,14}$/, `${field} must be an event id`).transform(Number);

/** `DELETE /api/clashes/dismissals?a=&b=`: the pair whose dismissal is undone. */
export const clashPairQuerySchema = z
  .object({ a: idParam('a'), b: idParam('b') })
  .refine((pair) => pair.a !== pair.b, { message: 'a and b must be two different events', path: ['b'] });

/** A dismissal as the API answers it: the pair (lower id first), who, when and why. */
export function toClashDismissalJson(row: { lowEventId: number; highEventId: number; actor: string; reason: string | null; createdAt: string }) {
  return { events: [row.lowEventId, row.highEventId] as [number, number], actor: row.actor, reason: row.reason, createdAt: row.createdAt };
}

export type ClashDismissalJson = ReturnType<typeof toClashDismissalJson>;
