'use client';

import { useQuery } from '@tanstack/react-query';
import { fetchEvents } from '@/lib/client/api-client';
import type { EventFilter } from '@/lib/events/event-filter';
import { matchesOutside } from '@/lib/timeline/outside-matches';

/**
 * A text search looks at the dates on screen; this says how many matches lie outside them and
 * offers the range that shows them all.
 */
export function OutsideMatchesNote({ filter, from, to, onShowRange }: { filter: EventFilter; from: string; to: string; onShowRange: (from: string, to: string) => void }) {
  const allDates: EventFilter = { ...filter, from: undefined, to: undefined };
  const query = useQuery({ queryKey: ['events', 'all-dates', allDates], queryFn: () => fetchEvents(allDates), enabled: !!filter.q, staleTime: 30_000 });
  const outside = query.data ? matchesOutside(query.data.events, from, to) : null;
  if (!filter.q || !outside) return null;
  return (
    <>
      {' · '}
      {outside.count} more match{outside.count === 1 ? '' : 'es'} for “{filter.q}” outside these dates{' '}
      <button type="button" className="link-button" onClick={() => onShowRange(outside.from, outside.to)}>
        Show all matches ({outside.from} to {outside.to})
      </button>
    </>
  );
}
