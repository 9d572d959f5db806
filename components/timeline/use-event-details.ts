import { useQuery } from '@tanstack/react-query';
import { fetchEvent } from '@/lib/client/api-client';
import type { EventJson } from '@/lib/events/event-json';

/**
 * An event for the details panel and the events around it: shown at once from what the view has
 * loaded, then refreshed from the API; its visit (loaded or fetched), the visit's other meetings
 * and its own meetings, as far as the view has them.
 */
export function useEventDetails(id: number, loaded: EventJson[]) {
  const fromView = loaded.find((e) => e.id === id);
  const query = useQuery({
    queryKey: ['event', id],
    queryFn: () => fetchEvent(id),
    placeholderData: fromView ? { event: fromView } : undefined,
  });
  const event = query.data?.event;
  const parentId = event?.parentId ?? null;
  const parentFromView = parentId ? loaded.find((e) => e.id === parentId) : undefined;
  const parentQuery = useQuery({
    queryKey: ['event', parentId],
    queryFn: () => fetchEvent(parentId!),
    enabled: parentId !== null && !parentFromView,
  });
  const parent = parentFromView ?? parentQuery.data?.event;
  const siblings = parentId ? loaded.filter((e) => e.parentId === parentId && e.id !== id) : [];
  const children = loaded.filter((e) => e.parentId === id);
  return { query, event, parentId, parent, siblings, children };
}
