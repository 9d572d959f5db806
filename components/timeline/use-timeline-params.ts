'use client';

import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { parseEventFilter, type EventFilter } from '@/lib/events/event-filter';
import { parseGrouping, type Grouping } from '@/lib/events/group-events';
import { defaultRange } from '@/lib/events/default-range';
import { parseAllLanes, parseSelection, parseViewMode, type ViewMode } from '@/lib/timeline/timeline-url';

export interface TimelineParams {
  /** always has `from` and `to`: they are also the visible range (the zoom) */
  filter: Required<Pick<EventFilter, 'from' | 'to'>> & EventFilter;
  grouping: Grouping;
  mode: ViewMode;
  selected: number | null;
  /** `lanes=all`: draw lanes with no events in the visible range too */
  allLanes: boolean;
  /** messages for parameters that could not be read, shown instead of silently ignoring them */
  errors: string[];
}

/**
 * The view lives in the URL: every filter, the visible range (which is the zoom), the grouping,
 * the mode and the open event, so a reload or a shared link shows the same screen.
 */
export function useTimelineParams(): TimelineParams {
  const params = useSearchParams();
  return useMemo(() => {
    const search = new URLSearchParams(params.toString());
    let parsed = parseEventFilter(search);
    const errors = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    if (!parsed.success) {
      // Keep what can be read: drop only the parameters that failed, so one typo does not blank the view.
      const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
      if (bad.has('to') || bad.has('from')) {
        bad.add('from');
        bad.add('to');
      }
      for (const key of bad) search.delete(key);
      parsed = parseEventFilter(search);
    }
    const filter = parsed.success ? parsed.data : {};
    const range = defaultRange();
    if (params.get('sel') && parseSelection(params.get('sel')) === null) errors.push('sel: sel must be an event id');
    return {
      filter: { ...filter, from: filter.from ?? range.from, to: filter.to ?? range.to },
      grouping: parseGrouping(params.get('group')),
      mode: parseViewMode(params.get('view')),
      selected: parseSelection(params.get('sel')),
      allLanes: parseAllLanes(params.get('lanes')),
      errors,
    };
  }, [params]);
}
