'use client';

import { useQueries, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { fetchEvents } from '@/lib/client/api-client';
import { formatEventFilter, parseEventFilter, type EventFilter } from '@/lib/events/event-filter';
import type { EventJson } from '@/lib/events/event-json';
import { chunksForRange, neighbourChunks, type FetchChunk } from '@/lib/timeline/fetch-chunks';
import type { ViewRange } from '@/lib/timeline/view-range';

export interface TimelineEvents {
  events: EventJson[];
  isPending: boolean;
  isFetching: boolean;
  error: Error | null;
}

const EMPTY: EventJson[] = [];

/**
 * Merges the chunks' answers; an event spanning two chunks comes back in both and is kept once.
 * Remembers its last inputs: a pan step that keeps the same chunks gets the same array back, so
 * lanes and layout are not rebuilt. (useQueries' `combine` would do this too, but it deep-compares
 * its result on every render, which for a thousand events costs more than the whole pan step.)
 */
const recentMerges: Array<{ inputs: Array<EventJson[] | undefined>; merged: EventJson[] }> = [];
function mergeChunks(inputs: Array<EventJson[] | undefined>): EventJson[] {
  // a few recent sets, so zooming out and back in returns the very same arrays
  const hit = recentMerges.find((m) => m.inputs.length === inputs.length && m.inputs.every((input, i) => input === inputs[i]));
  if (hit) return hit.merged;
  const seen = new Set<number>();
  const events: EventJson[] = [];
  for (const input of inputs) {
    for (const event of input ?? EMPTY) {
      if (seen.has(event.id)) continue;
      seen.add(event.id);
      events.push(event);
    }
  }
  recentMerges.unshift({ inputs, merged: events });
  recentMerges.length = Math.min(recentMerges.length, 4);
  return events;
}

function combineChunks(results: Array<UseQueryResult<{ events: EventJson[] }>>): TimelineEvents {
  return {
    events: mergeChunks(results.map((r) => r.data?.events)),
    isPending: results.some((r) => r.isPending),
    isFetching: results.some((r) => r.isFetching),
    error: results.find((r) => r.error)?.error ?? null,
  };
}

function chunkQuery(baseKey: string, base: EventFilter, chunk: FetchChunk) {
  return {
    queryKey: ['events', baseKey, chunk.from, chunk.to] as const,
    queryFn: () => fetchEvents({ ...base, from: chunk.from, to: chunk.to }),
    staleTime: 60_000,
    // background refresh, so a view left open picks up other analysts' edits
    refetchInterval: 120_000,
  };
}

/**
 * Events for the visible range: one query per calendar chunk, keyed by the filter (without its
 * range) and the chunk, so panning fetches only new months and the neighbours are fetched ahead.
 */
export function useTimelineEvents(filter: EventFilter, view: ViewRange): TimelineEvents {
  const queryClient = useQueryClient();
  // The filter without its range, as text: the part of the query key that pans do not change.
  const baseKey = formatEventFilter({ ...filter, from: undefined, to: undefined }).toString();
  const base = useMemo(() => parseEventFilter(new URLSearchParams(baseKey)).data ?? {}, [baseKey]);
  const chunks = chunksForRange(view);
  const chunkKey = chunks.map((c) => c.from).join(',');
  const neighbours = neighbourChunks(view);
  const neighbourKey = neighbours.map((c) => c.from).join(',');
  // Rebuilt only when the set of chunks changes, not on every pan step.
  const queries = useMemo(
    () => chunkKey.split(',').map((from) => chunks.find((c) => c.from === from)!).map((chunk) => chunkQuery(baseKey, base, chunk)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- chunkKey stands for chunks
    [chunkKey, baseKey, base],
  );
  const results = useQueries({ queries });

  useEffect(() => {
    if (!neighbourKey) return;
    for (const from of neighbourKey.split(',')) {
      const chunk = neighbours.find((c) => c.from === from);
      if (chunk) void queryClient.prefetchQuery(chunkQuery(baseKey, base, chunk));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- neighbourKey stands for neighbours
  }, [neighbourKey, baseKey, base, queryClient]);

  return combineChunks(results);
}
