import type { EventRecord } from '../events/event-record';

export type IcalStatus = 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';

/**
 * Our status -> RFC 5545 STATUS.
 * - scheduled, held: CONFIRMED. A scheduled meeting was announced by a source; "tentative" would
 *   render every future event greyed or striped in Apple/Google and hide the ones that are not.
 * - postponed: TENTATIVE. The dates on record are no longer reliable but the event is not off.
 * - cancelled, or deleted (deletedAt set): CANCELLED, so subscribed clients remove or strike it
 *   instead of keeping a stale copy (a deleted event stays in the feed for 30 days for this).
 */
export function mapEventStatus(event: Pick<EventRecord, 'status' | 'deletedAt'>): IcalStatus {
  if (event.deletedAt || event.status === 'cancelled') return 'CANCELLED';
  if (event.status === 'postponed') return 'TENTATIVE';
  return 'CONFIRMED';
}

const STATUS_LABELS: Record<EventRecord['status'], string> = {
  scheduled: 'Scheduled',
  held: 'Held',
  postponed: 'Postponed',
  cancelled: 'Cancelled',
};

/** Human label for DESCRIPTION. */
export function describeEventStatus(event: Pick<EventRecord, 'status' | 'deletedAt'>): string {
  return event.deletedAt ? 'Cancelled (removed from Summitry)' : STATUS_LABELS[event.status];
}
