/**
 * Rendered VEVENTs keyed by id+version, so a feed of 10,000 events is a concatenation. Bounded
 * LRU (a Map keeps insertion order; a hit moves the entry to the end). Each entry also remembers a
 * fingerprint of what the text depends on beyond the event row — host, parent title, participant
 * names, place, sources — because renaming a person does not bump the version of their events.
 */
import type { EventRecord } from '../events/event-record';
import { renderVeventEntry, type RenderedVevent, type VeventOptions } from './render-vevent';

interface CacheEntry extends RenderedVevent {
  fingerprint: string;
}

function fingerprintEvent(event: EventRecord, options: VeventOptions): string {
  let text = `${options.host}\u0000${options.baseUrl}\u0000${options.parentTitle ?? ''}\u0000${event.updatedAt}\u0000${event.deletedAt ?? ''}\u0000${event.status}`;
  for (const p of event.participants) text += `\u0001${p.name}\u0002${p.role ?? ''}\u0002${p.organization ?? ''}\u0002${p.country ?? ''}`;
  const place = event.place;
  if (place) text += `\u0001${place.city ?? ''}\u0002${place.country}\u0002${place.timezone}\u0002${place.latitude}\u0002${place.longitude}`;
  for (const s of event.sources) text += `\u0001${s.id}\u0002${s.url ?? ''}\u0002${s.publisher ?? ''}\u0002${s.published ?? ''}`;
  return text;
}

export class VeventCache {
  private readonly entries = new Map<string, CacheEntry>();
  hits = 0;
  misses = 0;

  constructor(readonly capacity = 50_000) {}

  get size(): number {
    return this.entries.size;
  }

  /** The cached VEVENT for this id+version, rendering it on a miss or a stale fingerprint. */
  render(event: EventRecord, options: VeventOptions): RenderedVevent {
    const key = `${event.id}:${event.version}`;
    const fingerprint = fingerprintEvent(event, options);
    const found = this.entries.get(key);
    if (found && found.fingerprint === fingerprint) {
      this.hits++;
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    this.misses++;
    const entry: CacheEntry = { ...renderVeventEntry(event, options), fingerprint };
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return entry;
  }

  clear(): void {
    this.entries.clear();
    this.hits = 0;
    this.misses = 0;
  }
}

/** The process-wide cache the feed routes share. */
export const sharedVeventCache = new VeventCache();
