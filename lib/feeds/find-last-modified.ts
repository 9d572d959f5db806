import type { EventRecord } from '../events/event-record';

/**
 * The feed's Last-Modified as an ISO instant: the newest updatedAt/deletedAt among its events,
 * raised to any floor the caller passes. Pass the window's `asOf` (the feed changes at UTC
 * midnight when events age out) and, ideally, the newest change across all events: an edit that
 * removes an event from a filtered feed (a participant taken off) changes the feed while leaving
 * only older events in it, and a Last-Modified that went backwards would earn a wrong 304 from
 * If-Modified-Since. Clients that send If-None-Match are safe either way (the ETag covers the body).
 */
export function findLastModified(events: readonly EventRecord[], floors: ReadonlyArray<string | null | undefined> = []): string | null {
  let newest = Number.NEGATIVE_INFINITY;
  let newestIso: string | null = null;
  const consider = (iso: string | null | undefined) => {
    if (!iso) return;
    // Stored instants carry Z or an offset, so Date.parse is zone-independent here.
    const ms = Date.parse(iso);
    if (Number.isFinite(ms) && ms > newest) {
      newest = ms;
      newestIso = iso;
    }
  };
  for (const event of events) {
    consider(event.updatedAt);
    consider(event.deletedAt);
  }
  for (const floor of floors) consider(floor);
  return newestIso;
}
