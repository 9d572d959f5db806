'use client';

import { useHydrated } from '@/components/ui/use-hydrated';
import { formatViewerTime } from '@/lib/events/format-when';
import type { EventRecord } from '@/lib/events/event-record';

/**
 * The event's start in the reader's own zone, beside the place's (the server does not know the
 * reader's zone, so this is written once the page runs in the browser).
 */
export function ViewerTime({ event }: { event: Pick<EventRecord, 'allDay' | 'startUtc' | 'timezone'> }) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  const text = formatViewerTime(event, Intl.DateTimeFormat().resolvedOptions().timeZone);
  return text ? <span className="viewer-time"> · {text}</span> : null;
}
