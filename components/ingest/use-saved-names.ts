import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DraftReview } from './draft-review';

export interface SavedNameLookup {
  name: string;
  /** the saved person of this name (their page exists) */
  saved: { name: string; slug: string } | null;
  /** the saved person this name is likely a spelling variant of */
  suggestion: { name: string; slug: string } | null;
}

/** Lookups by the name as written in a draft. */
export type SavedNames = ReadonlyMap<string, SavedNameLookup>;

async function fetchSavedNames(names: string[]): Promise<SavedNameLookup[]> {
  const query = names.map((name) => `name=${encodeURIComponent(name)}`).join('&');
  const response = await fetch(`/api/people?${query}`);
  if (!response.ok) throw new Error(`The server answered ${response.status}`);
  return ((await response.json()) as { names: SavedNameLookup[] }).names;
}

/**
 * Every participant of the drafts among saved people (issue 15), in one request for the whole
 * batch: which have a page to link to, and which look like a saved person spelt another way.
 */
export function useSavedNames(reviews: DraftReview[]): SavedNames {
  const names = [...new Set(reviews.flatMap((review) => review.draft.participants.map((p) => p.name.trim()).filter(Boolean)))].sort();
  const lookup = useQuery({
    queryKey: ['saved-names', names],
    queryFn: () => fetchSavedNames(names),
    enabled: names.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  return new Map((lookup.data ?? []).map((entry) => [entry.name, entry]));
}
