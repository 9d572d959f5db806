'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { fetchEvents, fetchPeopleOptions, fetchPlaceOptions } from '@/lib/client/api-client';
import { addDays, isLocalDate } from '@/lib/time/zones';

const OPTIONS_STALE_MS = 5 * 60_000;

/** Places matching what is typed in the city field (saved places, then the extractor's cities). */
export function usePlaceOptions(typed: string) {
  const q = useDeferredValue(typed.trim());
  const query = useQuery({
    queryKey: ['place-options', q],
    queryFn: () => fetchPlaceOptions(q),
    enabled: q.length >= 2,
    staleTime: OPTIONS_STALE_MS,
    placeholderData: keepPreviousData,
  });
  return {
    options: query.data?.places ?? [],
    /** the text these options answer (not a previous keystroke's) */
    answers: query.isPlaceholderData || !query.data ? null : q,
  };
}

/** People matching the participant name being typed, with their current office. */
export function usePeopleOptions(typed: string) {
  const q = useDeferredValue(typed.trim());
  return useQuery({
    queryKey: ['people-options', q],
    queryFn: () => fetchPeopleOptions(q),
    enabled: q.length >= 2,
    staleTime: OPTIONS_STALE_MS,
    placeholderData: keepPreviousData,
  }).data?.people ?? [];
}

/** Visits, summits and conferences around the event's dates: the parents it can belong to. */
export function useParentOptions(startDate: string, endDate: string) {
  const valid = isLocalDate(startDate);
  const from = valid ? addDays(startDate, -1) : '';
  const to = valid ? addDays(isLocalDate(endDate) && endDate >= startDate ? endDate : startDate, 1) : '';
  return useQuery({
    queryKey: ['events', 'parent-options', from, to],
    queryFn: () => fetchEvents({ from, to, kind: ['visit', 'summit', 'conference'] }),
    enabled: valid,
    staleTime: 60_000,
  }).data?.events ?? [];
}
