import type { EventCertainty } from '@/lib/events/event-record';

/** A mark and a word for an event that is not confirmed, so the timeline need not rely on colour. */
export const CERTAINTY_GLYPH: Record<EventCertainty, string> = {
  confirmed: '',
  expected: '◔',
  unconfirmed: '?',
};

export const CERTAINTY_WORD: Record<EventCertainty, string> = {
  confirmed: 'Confirmed',
  expected: 'Expected',
  unconfirmed: 'Unconfirmed',
};

/** What each certainty means, for tooltips and the form's help text. */
export const CERTAINTY_HINT: Record<EventCertainty, string> = {
  confirmed: 'confirmed by the hosts, or held',
  expected: 'announced, not confirmed by the hosts',
  unconfirmed: 'reported by sources, not announced',
};
