'use client';

import { useQueries } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { fetchClashMarks } from '@/lib/client/api-client';
import type { ClashMark } from '@/lib/events/clash-marks';
import { formatEventFilter, parseEventFilter, type EventFilter } from '@/lib/events/event-filter';
import { chunksForRange } from '@/lib/timeline/fetch-chunks';
import type { ViewRange } from '@/lib/timeline/view-range';
import { ClashMarkStore } from './clash-mark-store';

type ChunkMarks = Record<string, ClashMark[]> | undefined;

/**
 * One map from the months' answers; an event spanning two months is in both with the same
 * marks and is kept once. The same answers give the very same map (as mergeChunks does for the
 * events), so the store notifies nobody and nothing re-renders.
 */
const recentMerges: Array<{ chunks: ChunkMarks[]; merged: ReadonlyMap<number, ClashMark[]> }> = [];
function mergeMarks(chunks: ChunkMarks[]): ReadonlyMap<number, ClashMark[]> {
  const hit = recentMerges.find((m) => m.chunks.length === chunks.length && m.chunks.every((c, i) => c === chunks[i]));
  if (hit) return hit.merged;
  const merged = new Map<number, ClashMark[]>();
  for (const marks of chunks) {
    for (const [id, list] of Object.entries(marks ?? {})) if (!merged.has(Number(id))) merged.set(Number(id), list);
  }
  recentMerges.unshift({ chunks, merged });
  recentMerges.length = Math.min(recentMerges.length, 4);
  return merged;
}

/**
 * The timeline's clash marks (issue 15): one request per month the timeline holds, keyed like its
 * events (and under 'events', so a save that refreshes events refreshes these), never one per
 * event. Asked only once the view's events are in, so the marks never delay the first drawing.
 */
export function useClashMarkStore(filter: EventFilter, held: ViewRange, enabled: boolean): ClashMarkStore {
  const [store] = useState(() => new ClashMarkStore());
  const baseKey = formatEventFilter({ ...filter, from: undefined, to: undefined }).toString();
  const heldKey = `${held.start}/${held.end}`;
  const queries = useMemo(() => {
    const [start, end] = heldKey.split('/').map(Number);
    const base = parseEventFilter(new URLSearchParams(baseKey)).data ?? {};
    return chunksForRange({ start, end }).map((chunk) => ({
      queryKey: ['events', 'clash-marks', baseKey, chunk.from, chunk.to] as const,
      queryFn: () => fetchClashMarks({ ...base, from: chunk.from, to: chunk.to }),
      enabled,
      staleTime: 60_000,
      refetchInterval: 120_000,
    }));
  }, [heldKey, baseKey, enabled]);
  const results = useQueries({ queries });
  const merged = mergeMarks(results.map((r) => r.data?.marks));
  useEffect(() => {
    store.replace(merged);
  }, [store, merged]);
  return store;
}
