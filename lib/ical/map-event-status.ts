import { CERTAINTY_MEANING } from '../events/certainty-words';
import type { EventRecord } from '../events/event-record';

export type IcalStatus = 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';

/**
 * Our status -> RFC 5545 STATUS.
 * - scheduled, held: CONFIRMED. A scheduled meeting was announced by a source; "tentative" would
 *   render every future event greyed or striped in Apple/Google and hide the ones that are not.
 * - postponed: TENTATIVE. The dates on record are no longer reliable but the event is not off.
 * - expected or unconfirmed (certainty): TENTATIVE. The hosts have not confirmed it, so calendars
 *   may show it as provisional; confirmed scheduled events stay solid.
 * - cancelled, or deleted (deletedAt set): CANCELLED, so subscribed clients remove or strike it
 *   instead of keeping a stale copy (a deleted event stays in the feed for 30 days for this).
 */
export function mapEventStatus(event: Pick<EventRecord, 'status' | 'certainty' | 'deletedAt'>): IcalStatus {
  if (event.deletedAt || event.status === 'cancelled') return 'CANCELLED';
  if (event.status === 'postponed' || event.certainty !== 'confirmed') return 'TENTATIVE';
  return 'CONFIRMED';
}

const STATUS_LABELS: Record<EventRecord['status'], string> = {
  scheduled: 'Scheduled',
  held: 'Held',
  postponed: 'Postponed',
  cancelled: 'Cancelled',
};

/** Human label for DESCRIPTION: "Scheduled", or "Scheduled (expected: announced, not confirmed by the hosts)". */
export function describeEventStatus(event: Pick<EventRecord, 'status' | 'certainty' | 'deletedAt'>): string {
  if (event.deletedAt) return 'Cancelled (removed from Summitry)';
  if (event.certainty === 'confirmed') return STATUS_LABELS[event.status];
  return `${STATUS_LABELS[event.status]} (${event.certainty}: ${CERTAINTY_MEANING[event.certainty]})`;
}
