import type { EventCertainty } from './event-record';

/** The word for each certainty, on screen and in feeds. */
export const CERTAINTY_WORD: Record<EventCertainty, string> = {
  confirmed: 'Confirmed',
  expected: 'Expected',
  unconfirmed: 'Unconfirmed',
};

/** What each certainty means: the form's help, tooltips and the iCal description say the same. */
export const CERTAINTY_MEANING: Record<EventCertainty, string> = {
  confirmed: 'confirmed by the hosts, or held',
  expected: 'announced, not confirmed by the hosts',
  unconfirmed: 'reported by sources, not announced',
};
