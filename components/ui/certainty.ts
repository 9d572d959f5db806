import type { EventCertainty } from '@/lib/events/event-record';

/** A mark for an event that is not confirmed, beside its word, so the timeline need not rely on colour. */
export const CERTAINTY_GLYPH: Record<EventCertainty, string> = {
  confirmed: '',
  expected: '◔',
  unconfirmed: '?',
};
