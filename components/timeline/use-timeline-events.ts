'use client';

import { useQueries, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
import { fetchEvents } from '@/lib/client/api-client';
import { formatEventFilter, parseEventFilter, type EventFilter } from '@/lib/events/event-filter';
import type { EventJson } from '@/lib/events/event-json';
import { whenQuiet } from './gesture-activity';
import { chunksAround, chunksForRange, neighbourChunks, type FetchChunk } from '@/lib/timeline/fetch-chunks';
import { addLocalDays, localDayToMs, type ViewRange } from '@/lib/timeline/view-range';

export interface TimelineEvents {
  events: EventJson[];
  isPending: boolean;
  isFetching: boolean;
  error: Error | null;
  /** the months held (loaded or loading): a view outside them needs its state committed to get data */
  loaded: ViewRange;
}

const EMPTY: EventJson[] = [];
/** months fetched ahead on each side of the held ones */
const PREFETCH_DEPTH = 2;

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

/** All held months' events (those loaded so far); pending and errors of the view's own months. */
function combineChunks(results: Array<UseQueryResult<{ events: EventJson[] }>>, own: Array<UseQueryResult<{ events: EventJson[] }>>): Omit<TimelineEvents, 'loaded'> {
  return {
    events: mergeChunks(results.map((r) => r.data?.events)),
    isPending: own.some((r) => r.isPending),
    isFetching: results.some((r) => r.isFetching),
    error: own.find((r) => r.error)?.error ?? null,
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
 * The months drawn around a view: its own and one more on each side. Kept (see below) while the
 * view stays inside them, so pans and zooms within a month of the edges keep the very same events
 * array, and lanes and their layouts are not rebuilt on every month boundary.
 */
function heldRange(view: ViewRange): ViewRange {
  const around = neighbourChunks(view);
  return { start: localDayToMs(around[0].from), end: localDayToMs(addLocalDays(around[1].to, 1)) };
}

/**
 * Events for the visible range: one query per calendar month, keyed by the filter (without its
 * range) and the month, so panning fetches only new months. The months held are the view's and
 * one on each side (fetched with it), re-chosen at once only when the view leaves them, else when
 * it settles; the months beyond those are prefetched. `isPending` is about the view's own months.
 */
export function useTimelineEvents(filter: EventFilter, view: ViewRange): TimelineEvents {
  const queryClient = useQueryClient();
  // The filter without its range, as text: the part of the query key that pans do not change.
  const baseKey = formatEventFilter({ ...filter, from: undefined, to: undefined }).toString();
  const base = useMemo(() => parseEventFilter(new URLSearchParams(baseKey)).data ?? {}, [baseKey]);
  const [held, setHeld] = useState<ViewRange>(() => heldRange(view));
  const around = heldRange(view);
  if (view.start < held.start || view.end > held.end) setHeld(around);
  // Once the steps have stopped (none for 300 ms), the held months are centred on it again, so
  // the next gesture starts a month from either edge: the rebuild happens between gestures.
  const centred = around.start === held.start && around.end === held.end;
  useEffect(() => {
    if (centred) return;
    return whenQuiet(() => setHeld(around), 300);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `around` is new each render; its value is what `centred` and `view` say
  }, [centred, view]);
  const heldKey = `${held.start}/${held.end}`;
  // Rebuilt only when the held months change, not on every pan step.
  const queries = useMemo(() => {
    const [start, end] = heldKey.split('/').map(Number);
    return chunksForRange({ start, end }).map((chunk) => chunkQuery(baseKey, base, chunk));
  }, [heldKey, baseKey, base]);
  const results = useQueries({ queries });
  const viewKey = chunksForRange(view)
    .map((c) => c.from)
    .join(',');
  const neighbours = chunksAround(held, PREFETCH_DEPTH);
  const neighbourKey = neighbours.map((c) => c.from).join(',');

  useEffect(() => {
    if (!neighbourKey) return;
    for (const from of neighbourKey.split(',')) {
      const chunk = neighbours.find((c) => c.from === from);
      if (chunk) void queryClient.prefetchQuery(chunkQuery(baseKey, base, chunk));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- neighbourKey stands for neighbours
  }, [neighbourKey, baseKey, base, queryClient]);

  // While the server's HTML is hydrated the events are still loading, as the server rendered them.
  const hydrated = useHydrated();
  if (!hydrated) return { events: EMPTY, isPending: true, isFetching: false, error: null, loaded: held };
  const inView = new Set(viewKey.split(','));
  const own = results.filter((_, i) => inView.has(queries[i].queryKey[2]));
  return { ...combineChunks(results, own), loaded: held };
}
