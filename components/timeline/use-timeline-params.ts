'use client';

import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { parseEventFilter, type EventFilter } from '@/lib/events/event-filter';
import { parseGrouping, type Grouping } from '@/lib/events/group-events';
import { defaultRange } from '@/lib/events/default-range';

export interface TimelineParams {
  filter: EventFilter;
  grouping: Grouping;
  /** messages for parameters that could not be read, shown instead of silently ignoring them */
  errors: string[];
}

/** The view lives in the URL: every filter and the grouping, so a reload or a shared link shows it again. */
export function useTimelineParams(): TimelineParams {
  const params = useSearchParams();
  return useMemo(() => {
    const parsed = parseEventFilter(new URLSearchParams(params.toString()));
    const filter = parsed.success ? parsed.data : {};
    const errors = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    const range = defaultRange();
    return {
      filter: { ...filter, from: filter.from ?? range.from, to: filter.to ?? range.to },
      grouping: parseGrouping(params.get('group')),
      errors,
    };
  }, [params]);
}
