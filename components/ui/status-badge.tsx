import type { EventCertainty, EventStatus } from '@/lib/events/event-record';
import { CERTAINTY_MEANING, CERTAINTY_WORD } from '@/lib/events/certainty-words';
import { CERTAINTY_GLYPH } from './certainty';

const LABELS: Record<EventStatus, string> = {
  scheduled: 'Scheduled',
  held: 'Held',
  postponed: 'Postponed',
  cancelled: 'Cancelled',
};

/**
 * Status as a word and a shape as well as a colour, so colour is never the only signal; an event
 * that is not confirmed carries a second mark with its word ("◔ Expected", "? Unconfirmed").
 */
export function StatusBadge({ status, certainty = 'confirmed' }: { status: EventStatus; certainty?: EventCertainty }) {
  return (
    <>
      <span className={`status status-${status}`}>{LABELS[status]}</span>
      {certainty !== 'confirmed' && (
        <>
          {' '}
          <span className={`certainty certainty-${certainty}`} title={CERTAINTY_MEANING[certainty]}>
            <span aria-hidden="true">{CERTAINTY_GLYPH[certainty]} </span>
            {CERTAINTY_WORD[certainty]}
          </span>
        </>
      )}
    </>
  );
}
