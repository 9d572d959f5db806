/**
 * Rendered VEVENTs keyed by id+version (one version per id: the newest asked for), so a feed of 10,000 events is a concatenation. Bounded,
 * least-recently-used first out.
 *
 * Each entry also keeps the inputs its text depends on beyond id+version — host, parent title,
 * participants, place, sources, status, certainty — and a hit must match them: renaming a person does not
 * bump the version of their events, and a stale name in 300 feeds would be wrong. The check compares
 * fields in place (no string building), because on a warm 10,000-event feed it runs 10,000 times
 * per request.
 *
 * Behind the memory sits an optional VeventStore (db/ical-cache.ts keeps it in a SQLite file of its
 * own), read on a memory miss and written with every render, so neither a restart nor a new feed
 * has ical-generator write an unchanged event again. A stored VEVENT is used only when the
 * fingerprint of everything the renderer could read (the whole record, the options and
 * VEVENT_FORMAT) matches, so a store that outlived its database, or a release that renders
 * differently, can only cost a render, never serve a wrong VEVENT.
 */
import { createHash } from 'node:crypto';
import type { EventRecord } from '../events/event-record';
import { utf8ByteLength } from './fold-line';
import { renderVeventEntry, VEVENT_FORMAT, type RenderedVevent, type VeventOptions } from './render-vevent';

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

/** A persisted VEVENT: what the renderer gave for an event whose inputs had this fingerprint. */
export interface StoredVevent {
  eventId: number;
  version: number;
  /** VEVENT_FORMAT, host and base URL: what a VEVENT depends on besides the event */
  optionsKey: string;
  fingerprint: string;
  text: string;
  tzid: string | null;
}

/** Where rendered VEVENTs outlive the process. Implementations swallow their own I/O errors: a cache may forget. */
export interface VeventStore {
  read(eventId: number, version: number, optionsKey: string): StoredVevent | undefined;
  /** Writes every row in one transaction, each replacing the other versions of its event and options. */
  write(rows: readonly StoredVevent[]): void;
}

// Node's tz data version: the local times in DTSTART/DTEND come from it, so a Node with new zone
// rules must not reuse VEVENTs written under the old ones.
const TZ_DATA = typeof process !== 'undefined' ? (process.versions?.tz ?? '') : '';

function describeOptions(options: VeventOptions): string {
  return `${VEVENT_FORMAT}|tz ${TZ_DATA}|${options.host}|${options.baseUrl}`;
}

/** A hash of everything the renderer could read: the whole record, the parent title and the options. */
function fingerprintInputs(event: EventRecord, options: VeventOptions, optionsKey: string): string {
  const inputs = JSON.stringify([optionsKey, options.parentTitle ?? null, event]);
  return createHash('sha256').update(inputs, 'utf8').digest('base64url');
}

export class VeventCache {
  // Keyed by id, with the version checked on the entry: a new version replaces the old one instead
  // of leaving it to age out, and numeric keys skip building and hashing 10,000 strings a request.
  private readonly entries = new Map<number, CacheEntry>();
  private tick = 0;
  private pending: StoredVevent[] = [];
  private batchDepth = 0;
  /** served from memory */
  hits = 0;
  /** served from the store after a memory miss */
  loads = 0;
  /** rendered by ical-generator */
  misses = 0;

  constructor(
    readonly capacity = 50_000,
    private readonly store: VeventStore | null = null,
  ) {}

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
    const entry: CacheEntry = { ...this.loadOrRender(event, options), version: event.version, inputs: collectInputs(event, options), tick: 0 };
    this.insert(key, entry);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return entry;
  }

  /**
   * Runs `work` (which renders many events) with the store's writes held back and made in one
   * transaction at the end: 10,000 commits would cost more than the renders they save.
   */
  batch<T>(work: () => T): T {
    this.batchDepth++;
    try {
      return work();
    } finally {
      if (--this.batchDepth === 0) this.flush();
    }
  }

  private loadOrRender(event: EventRecord, options: VeventOptions): RenderedVevent {
    if (!this.store) {
      this.misses++;
      return renderVeventEntry(event, options);
    }
    const optionsKey = describeOptions(options);
    const fingerprint = fingerprintInputs(event, options, optionsKey);
    const stored = this.store.read(event.id, event.version, optionsKey);
    if (stored && stored.fingerprint === fingerprint) {
      this.loads++;
      return { text: stored.text, tzid: stored.tzid, bytes: utf8ByteLength(stored.text) };
    }
    this.misses++;
    const rendered = renderVeventEntry(event, options);
    this.pending.push({ eventId: event.id, version: event.version, optionsKey, fingerprint, text: rendered.text, tzid: rendered.tzid });
    if (this.batchDepth === 0) this.flush();
    return rendered;
  }

  private flush(): void {
    if (!this.store || this.pending.length === 0) return;
    const rows = this.pending;
    this.pending = [];
    this.store.write(rows);
  }

  private insert(key: number, entry: CacheEntry): void {
    entry.tick = ++this.tick;
    this.entries.delete(key);
    this.entries.set(key, entry);
  }

  /** Forgets what is in memory (the store keeps its rows). */
  clear(): void {
    this.entries.clear();
    this.hits = 0;
    this.loads = 0;
    this.misses = 0;
  }
}

/** The process-wide cache the feed routes share. */
export const sharedVeventCache = new VeventCache();
