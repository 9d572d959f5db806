import type { EventStatus } from '@/lib/events/event-record';

const LABELS: Record<EventStatus, string> = {
  scheduled: 'Scheduled',
  held: 'Held',
  postponed: 'Postponed',
  cancelled: 'Cancelled',
};

/** Status as a word and a shape as well as a colour, so colour is never the only signal. */
export function StatusBadge({ status }: { status: EventStatus }) {
  return <span className={`status status-${status}`}>{LABELS[status]}</span>;
}
