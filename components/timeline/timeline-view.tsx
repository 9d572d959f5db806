'use client';

import { useQuery } from '@tanstack/react-query';
import { fetchEvents } from '@/lib/client/api-client';
import { formatEventFilter } from '@/lib/events/event-filter';
import { groupEvents } from '@/lib/events/group-events';
import { TimelineFilters } from './timeline-filters';
import { TimelineLanes } from './timeline-lanes';
import { useTimelineParams } from './use-timeline-params';

export function TimelineView() {
  const { filter, grouping, errors } = useTimelineParams();
  const query = useQuery({
    queryKey: ['events', formatEventFilter(filter).toString()],
    queryFn: () => fetchEvents(filter),
    placeholderData: (previous) => previous,
  });
  const lanes = query.data ? groupEvents(query.data.events, grouping) : [];
  const feedQuery = formatEventFilter(filter).toString();

  return (
    <div className="timeline">
      <TimelineFilters filter={filter} grouping={grouping} />
      {errors.length > 0 && (
        <div role="alert" className="error-summary">
          Some of the view&apos;s parameters were not understood and are ignored: {errors.join('; ')}
        </div>
      )}
      <p className="subscribe">
        <a href={`/feeds/view.ics?${feedQuery}`}>Subscribe to this view (iCal)</a>
      </p>
      {query.isPending && <p aria-live="polite">Loading events…</p>}
      {query.isError && (
        <p role="alert" className="error-summary">
          The events could not be loaded: {query.error.message}
        </p>
      )}
      {query.data && (
        <p className="count" aria-live="polite">
          {query.data.events.length} events from {filter.from} to {filter.to}
        </p>
      )}
      {query.data && lanes.length === 0 && <p>No events match this view.</p>}
      <TimelineLanes lanes={lanes} />
    </div>
  );
}
