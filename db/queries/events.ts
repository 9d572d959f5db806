import { and, asc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { orderParentsFirst } from '../../lib/events/batch-references';
import { eventParticipants, events, places } from '../schema';
import type { EventRecord, ParticipantRecord } from '../../lib/events/event-record';
import type { EventFilter } from '../../lib/events/event-filter';
import { eventInputSchema, type EventInput, type ValidEventInput } from '../../lib/events/event-input-schema';
import { collectFieldErrors } from '../../lib/events/field-errors';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/events/errors';
import { formatTiming, normalizeTiming, type EventTiming } from '../../lib/events/normalize-event';
import { diffEventSnapshots, snapshotEvent } from '../../lib/events/event-diff';
import { slugify } from '../../lib/events/slug';
import { nowUtcIso } from '../../lib/time/zones';
import { findOrCreatePerson, findPeopleBySlugs, recordOffice } from './people';
import { findOrCreatePlace } from './places';
import { attachSources, loadSourcesByEvent } from './sources';
import { appendRevision } from './revisions';
import { indexEventText, matchesText } from './event-search';

export interface ListEventsOptions {
  /** Deleted events are hidden unless asked for; feeds keep them a while to tell subscribers. */
  includeDeletedSince?: string;
  /** only these events (the "what changed" list narrows by revisions first) */
  ids?: number[];
  limit?: number;
}


export function listEvents(db: Db, filter: EventFilter, options: ListEventsOptions = {}): EventRecord[] {
  const conditions = buildFilterConditions(db, filter);
  if (conditions === null || options.ids?.length === 0) return [];
  if (options.ids) conditions.push(inArray(events.id, options.ids));
  conditions.push(
    options.includeDeletedSince
      ? or(isNull(events.deletedAt), gte(events.deletedAt, options.includeDeletedSince))!
      : isNull(events.deletedAt),
  );
  const rows = db
    .select({ event: events, place: places })
    .from(events)
    .leftJoin(places, eq(events.placeId, places.id))
    .where(and(...conditions))
    .orderBy(asc(events.startDate), asc(sql`coalesce(${events.startUtc}, '')`), asc(events.id))
    .limit(options.limit ?? 50_000)
    .all();
  return hydrateEvents(db, rows);
}

export function getEvent(db: Db, id: number): EventRecord | null {
  return getEventsByIds(db, [id])[0] ?? null;
}

export function getEventsByIds(db: Db, ids: number[]): EventRecord[] {
  if (ids.length === 0) return [];
  const rows = db
    .select({ event: events, place: places })
    .from(events)
    .leftJoin(places, eq(events.placeId, places.id))
    .where(inArray(events.id, ids))
    .all();
  return hydrateEvents(db, rows);
}

/** Creates an event with its participants, place and sources, and its first revision, atomically. */
export function createEvent(db: Db, input: EventInput, actor: string, textHash: string | null = null): EventRecord {
  const valid = validateInput(input);
  return db.transaction((tx) => {
    const id = insertEvent(tx as unknown as Db, valid, actor, textHash);
    return getEvent(tx as unknown as Db, id)!;
  });
}

/** Creates several events in one transaction; `parentRef` links a draft to an earlier one in the batch. */
export function createEventBatch(
  db: Db,
  drafts: Array<{ ref?: string; parentRef?: string | null; input: EventInput }>,
  actor: string,
): EventRecord[] {
  const valid = drafts.map((draft, index) => {
    try {
      return { ...draft, valid: validateInput(draft.input) };
    } catch (error) {
      if (error instanceof ValidationError) throw prefixFieldErrors(error, `events.${index}`);
      throw error;
    }
  });
  return db.transaction((tx) => {
    const ids = new Map<string, number>();
    const created: number[] = [];
    // Parents first, so a meeting may come before its visit (references are checked by the caller).
    for (const index of orderParentsFirst(valid)) {
      const draft = valid[index];
      const parentId = draft.parentRef ? ids.get(draft.parentRef) ?? null : draft.valid.parentId;
      const id = insertEvent(tx as unknown as Db, { ...draft.valid, parentId }, actor);
      if (draft.ref) ids.set(draft.ref, id);
      created[index] = id;
    }
    const byId = new Map(getEventsByIds(tx as unknown as Db, created).map((event) => [event.id, event]));
    return created.map((id) => byId.get(id)!);
  });
}

/**
 * Applies a partial change on top of the saved event. The version the client last saw must be
 * the current one, so nobody overwrites an edit they have not seen. Sources are only ever added.
 */
export function updateEvent(
  db: Db,
  id: number,
  patch: Partial<EventInput>,
  expectedVersion: number,
  actor: string,
  reason: string | null = null,
  textHash: string | null = null,
): EventRecord {
  return db.transaction((tx) => {
    const txDb = tx as unknown as Db;
    const current = getEvent(txDb, id);
    if (!current) throw new NotFoundError(`Event ${id}`);
    if (current.version !== expectedVersion) throw new ConflictError(current);
    const merged = { ...recordToInput(current), ...patch, sources: patch.sources ?? [] };
    const valid = validateInput(merged);
    if (valid.parentId === id) throw new ValidationError({ parentId: ['An event cannot be its own parent'] });
    checkParent(txDb, valid.parentId);
    const timing = timingOrThrow(valid);
    const after = snapshotEvent({ ...valid, ...formatTiming(timing), timezone: timing.timezone });
    const changes: Record<string, unknown> = diffEventSnapshots(snapshotEvent(current), after);
    // Only sources that add evidence count: merging the same article again is no change.
    const addedSources = attachSources(txDb, id, valid.sources, textHash);
    if (addedSources.length) changes.sources = { added: addedSources };
    if (Object.keys(changes).length === 0) return current;

    const version = current.version + 1;
    const now = nowUtcIso();
    txDb
      .update(events)
      .set({ ...eventColumns(txDb, valid, timing), version, updatedAt: now })
      .where(eq(events.id, id))
      .run();
    txDb.delete(eventParticipants).where(eq(eventParticipants.eventId, id)).run();
    insertParticipants(txDb, id, valid.participants);
    appendRevision(txDb, { eventId: id, version, actor, action: 'update', reason, changes, createdAt: now });
    const saved = getEvent(txDb, id)!;
    indexEventText(txDb, saved);
    return saved;
  });
}

/** Deleting keeps the event, cancelled and marked deleted, so feeds can tell subscribers. */
export function deleteEvent(db: Db, id: number, expectedVersion: number, actor: string, reason: string | null = null): EventRecord {
  return db.transaction((tx) => {
    const txDb = tx as unknown as Db;
    const current = getEvent(txDb, id);
    if (!current) throw new NotFoundError(`Event ${id}`);
    if (current.version !== expectedVersion) throw new ConflictError(current);
    if (current.deletedAt) return current;
    const version = current.version + 1;
    const now = nowUtcIso();
    txDb.update(events).set({ status: 'cancelled', deletedAt: now, version, updatedAt: now }).where(eq(events.id, id)).run();
    appendRevision(txDb, {
      eventId: id,
      version,
      actor,
      action: 'delete',
      reason,
      changes: { status: [current.status, 'cancelled'], deleted: [false, true] },
      createdAt: now,
    });
    return getEvent(txDb, id)!;
  });
}

/** The editable fields of a saved event, in the API's input shape. */
export function recordToInput(record: EventRecord): ValidEventInput {
  return {
    kind: record.kind,
    title: record.title,
    status: record.status,
    certainty: record.certainty,
    start: record.start,
    end: record.end,
    timezone: record.timezone,
    location: record.place ? { city: record.place.city, country: record.place.country } : null,
    parentId: record.parentId,
    participants: record.participants.map((p) => ({
      name: p.name,
      role: p.role,
      organization: p.organization,
      country: p.country,
    })),
    sources: [],
    notes: record.notes,
  };
}

function validateInput(input: unknown): ValidEventInput {
  const parsed = eventInputSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(collectFieldErrors(parsed.error));
  return parsed.data;
}

function prefixFieldErrors(error: ValidationError, prefix: string): ValidationError {
  return new ValidationError(Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [`${prefix}.${k}`, v])));
}

function timingOrThrow(valid: ValidEventInput): EventTiming {
  const result = normalizeTiming(valid);
  if (!result.ok) throw new ValidationError({ [result.field]: [result.message] });
  return result.timing;
}

function checkParent(db: Db, parentId: number | null): void {
  if (parentId === null) return;
  const parent = db.select({ id: events.id, parentId: events.parentId }).from(events).where(eq(events.id, parentId)).get();
  if (!parent) throw new ValidationError({ parentId: [`There is no event ${parentId}`] });
  if (parent.parentId !== null) throw new ValidationError({ parentId: ['The parent must be a top-level event such as a visit'] });
}

function eventColumns(db: Db, valid: ValidEventInput, timing: EventTiming) {
  if (valid.location && !valid.location.country) {
    throw new ValidationError({ 'location.country': ['Give the country of the place'] });
  }
  const place = valid.location ? findOrCreatePlace(db, { city: valid.location.city, country: valid.location.country! }, timing.timezone) : null;
  return {
    parentId: valid.parentId,
    kind: valid.kind,
    title: valid.title,
    status: valid.status,
    certainty: valid.certainty,
    ...timing,
    placeId: place?.id ?? null,
    notes: valid.notes,
  };
}

function insertEvent(db: Db, valid: ValidEventInput, actor: string, textHash: string | null = null): number {
  checkParent(db, valid.parentId);
  const timing = timingOrThrow(valid);
  const now = nowUtcIso();
  const { id } = db
    .insert(events)
    .values({ ...eventColumns(db, valid, timing), version: 1, createdAt: now, updatedAt: now })
    .returning({ id: events.id })
    .get();
  insertParticipants(db, id, valid.participants);
  attachSources(db, id, valid.sources, textHash);
  appendRevision(db, {
    eventId: id,
    version: 1,
    actor,
    action: 'create',
    reason: null,
    changes: { ...snapshotEvent({ ...valid, ...formatTiming(timing), timezone: timing.timezone }) },
    createdAt: now,
  });
  indexEventText(db, getEvent(db, id)!);
  return id;
}

function insertParticipants(db: Db, eventId: number, participants: ValidEventInput['participants']): void {
  participants.forEach((participant, position) => {
    const person = findOrCreatePerson(db, participant.name);
    recordOffice(db, person.id, { title: participant.role, organization: participant.organization, country: participant.country });
    db.insert(eventParticipants)
      .values({
        eventId,
        personId: person.id,
        position,
        role: participant.role,
        organization: participant.organization,
        country: participant.country,
      })
      .onConflictDoNothing()
      .run();
  });
}

/** SQL conditions for a filter; null when the filter names nobody that exists (no results). */
function buildFilterConditions(db: Db, filter: EventFilter): SQL[] | null {
  const conditions: SQL[] = [];
  if (filter.from) conditions.push(gte(events.endDate, filter.from));
  if (filter.to) conditions.push(lte(events.startDate, filter.to));
  if (filter.kind?.length) conditions.push(inArray(events.kind, filter.kind));
  if (filter.status?.length) conditions.push(inArray(events.status, filter.status));
  if (filter.certainty?.length) conditions.push(inArray(events.certainty, filter.certainty));
  if (filter.person?.length) {
    const ids = findPeopleBySlugs(db, filter.person).map((p) => p.id);
    if (ids.length === 0) return null;
    conditions.push(
      sql`exists (select 1 from ${eventParticipants} ep where ep.event_id = ${events.id} and ep.person_id in ${ids})`,
    );
  }
  if (filter.country?.length) {
    conditions.push(
      or(
        inArray(places.country, filter.country),
        sql`exists (select 1 from ${eventParticipants} ep where ep.event_id = ${events.id} and ep.country in ${filter.country})`,
      )!,
    );
  }
  if (filter.org?.length) {
    const names = listOrganizations(db).filter((name) => filter.org!.includes(slugify(name)));
    if (names.length === 0) return null;
    conditions.push(
      sql`exists (select 1 from ${eventParticipants} ep where ep.event_id = ${events.id} and ep.organization in ${names})`,
    );
  }
  if (filter.q) {
    const match = matchesText(filter.q);
    if (!match) return null;
    conditions.push(match);
  }
  return conditions;
}

export function listOrganizations(db: Db): string[] {
  return db
    .selectDistinct({ name: eventParticipants.organization })
    .from(eventParticipants)
    .where(sql`${eventParticipants.organization} is not null`)
    .all()
    .map((row) => row.name!)
    .sort();
}

type EventRow = { event: typeof events.$inferSelect; place: typeof places.$inferSelect | null };
type ParticipantRow = { eventId: number; personId: number; name: string; slug: string; role: string | null; organization: string | null; country: string | null };

function hydrateEvents(db: Db, rows: EventRow[]): EventRecord[] {
  const ids = rows.map((row) => row.event.id);
  const participants = new Map<number, ParticipantRecord[]>();
  if (ids.length) {
    // One statement with the ids as a JSON array, not chunks of hundreds of bound parameters: a
    // three-month window on a large database spent most of its time building those statements.
    const found = db.all<ParticipantRow>(
      sql`select ep.event_id as eventId, p.id as personId, p.name as name, p.slug as slug,
                 ep.role as role, ep.organization as organization, ep.country as country
          from event_participants ep join people p on p.id = ep.person_id
          where ep.event_id in (select value from json_each(${JSON.stringify(ids)}))
          order by ep.event_id, ep.position`,
    );
    for (const row of found) {
      const list = participants.get(row.eventId) ?? [];
      list.push({ personId: row.personId, name: row.name, slug: row.slug, role: row.role, organization: row.organization, country: row.country });
      participants.set(row.eventId, list);
    }
  }
  const sourcesByEvent = loadSourcesByEvent(db, ids);
  return rows.map(({ event, place }) => ({
    id: event.id,
    version: event.version,
    parentId: event.parentId,
    kind: event.kind,
    title: event.title,
    status: event.status,
    certainty: event.certainty,
    allDay: event.allDay,
    ...formatTimingOnce(event),
    startDate: event.startDate,
    endDate: event.endDate,
    startUtc: event.startUtc,
    endUtc: event.endUtc,
    timezone: event.timezone,
    place: place
      ? { id: place.id, city: place.city, country: place.country, timezone: place.timezone ?? event.timezone ?? 'UTC', latitude: place.latitude, longitude: place.longitude }
      : null,
    participants: participants.get(event.id) ?? [],
    sources: sourcesByEvent.get(event.id) ?? [],
    notes: event.notes,
    deletedAt: event.deletedAt,
    createdAt: event.createdAt,
    updatedAt: event.updatedAt,
  }));
}

// Local start and end of timed events, by instants and zone. Formatting in a zone with luxon
// cost more than the rest of a listing; the answer for given instants never changes.
const TIMING_MEMO_MAX = 200_000;
const timingMemo = new Map<string, { start: string; end: string }>();

function formatTimingOnce(timing: EventTiming): { start: string; end: string } {
  if (timing.allDay || !timing.startUtc || !timing.endUtc) return formatTiming(timing);
  const key = `${timing.startUtc}|${timing.endUtc}|${timing.timezone ?? ''}`;
  let formatted = timingMemo.get(key);
  if (!formatted) {
    if (timingMemo.size >= TIMING_MEMO_MAX) timingMemo.clear();
    formatted = formatTiming(timing);
    timingMemo.set(key, formatted);
  }
  return formatted;
}
