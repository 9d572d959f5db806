/**
 * Rendered VEVENTs keyed by id+version (one version per id: the newest asked for), so a feed of 10,000 events is a concatenation. Bounded,
 * least-recently-used first out.
 *
 * Each entry also keeps the inputs its text depends on beyond id+version — host, parent title,
 * participants, place, sources, status, certainty — and a hit must match them: renaming a person does not
 * bump the version of their events, and a stale name in 300 feeds would be wrong. The check compares
 * fields in place (no string building), because on a warm 10,000-event feed it runs 10,000 times
 * per request.
 */
import type { EventRecord } from '../events/event-record';
import { renderVeventEntry, type RenderedVevent, type VeventOptions } from './render-vevent';

type Value = string | number | null | undefined;

interface CacheEntry extends RenderedVevent {
  version: number;
  inputs: Value[];
  /** insertion tick, for the approximate LRU below */
  tick: number;
}

function collectInputs(event: EventRecord, options: VeventOptions): Value[] {
  const values: Value[] = [options.host, options.baseUrl, options.parentTitle ?? null, event.updatedAt, event.deletedAt, event.status, event.certainty, event.title];
  values.push(event.participants.length);
  for (const p of event.participants) values.push(p.name, p.role, p.organization, p.country);
  const place = event.place;
  if (place) values.push(place.city, place.country, place.timezone, place.latitude, place.longitude);
  else values.push(null);
  values.push(event.sources.length);
  for (const s of event.sources) values.push(s.id, s.url, s.publisher, s.published);
  return values;
}

function matchesInputs(values: Value[], event: EventRecord, options: VeventOptions): boolean {
  let i = 0;
  if (values[i++] !== options.host || values[i++] !== options.baseUrl || values[i++] !== (options.parentTitle ?? null)) return false;
  if (values[i++] !== event.updatedAt || values[i++] !== event.deletedAt || values[i++] !== event.status || values[i++] !== event.certainty || values[i++] !== event.title) return false;
  if (values[i++] !== event.participants.length) return false;
  for (const p of event.participants) {
    if (values[i++] !== p.name || values[i++] !== p.role || values[i++] !== p.organization || values[i++] !== p.country) return false;
  }
  const place = event.place;
  if (place) {
    if (values[i++] !== place.city || values[i++] !== place.country || values[i++] !== place.timezone || values[i++] !== place.latitude || values[i++] !== place.longitude) return false;
  } else if (values[i++] !== null) return false;
  if (values[i++] !== event.sources.length) return false;
  for (const s of event.sources) {
    if (values[i++] !== s.id || values[i++] !== s.url || values[i++] !== s.publisher || values[i++] !== s.published) return false;
  }
  return i === values.length;
}

export class VeventCache {
  // Keyed by id, with the version checked on the entry: a new version replaces the old one instead
  // of leaving it to age out, and numeric keys skip building and hashing 10,000 strings a request.
  private readonly entries = new Map<number, CacheEntry>();
  private tick = 0;
  hits = 0;
  misses = 0;

  constructor(readonly capacity = 50_000) {}

  get size(): number {
    return this.entries.size;
  }

  /** The cached VEVENT for this id+version, rendering it on a miss or when its inputs changed. */
  render(event: EventRecord, options: VeventOptions): RenderedVevent {
    const key = event.id;
    const found = this.entries.get(key);
    if (found && found.version === event.version && matchesInputs(found.inputs, event, options)) {
      this.hits++;
      // A Map iterates in insertion order, so re-inserting makes it an LRU. Moving an entry on
      // every hit costs ~5 ms per 10,000-event feed; moving only entries that drifted into the
      // older half keeps recently used ones out of eviction's reach at a fraction of the cost.
      if (this.tick - found.tick > this.capacity / 2) this.insert(key, found);
      return found;
    }
    this.misses++;
    const entry: CacheEntry = { ...renderVeventEntry(event, options), version: event.version, inputs: collectInputs(event, options), tick: 0 };
    this.insert(key, entry);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return entry;
  }

  private insert(key: number, entry: CacheEntry): void {
    entry.tick = ++this.tick;
    this.entries.delete(key);
    this.entries.set(key, entry);
  }

  clear(): void {
    this.entries.clear();
    this.hits = 0;
    this.misses = 0;
  }
}

/** The process-wide cache the feed routes share. */
export const sharedVeventCache = new VeventCache();
