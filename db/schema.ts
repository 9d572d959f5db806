import { sql } from 'drizzle-orm';
import { check, index, integer, type AnySQLiteColumn, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { EventCertainty, EventKind, EventStatus } from '../lib/events/event-record';

/** ISO instant in UTC with Z, written by the application so every row has the same format. */
const timestamp = (name: string) => text(name).notNull();

export const places = sqliteTable(
  'places',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    city: text('city'),
    country: text('country').notNull(),
    timezone: text('timezone'),
    latitude: real('latitude'),
    longitude: real('longitude'),
    // lower-cased, accent-free "city|CC": one row per place however it was spelled
    key: text('key').notNull(),
  },
  (t) => [uniqueIndex('places_key_unique').on(t.key), index('places_country_idx').on(t.country)],
);

export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    /** JSON array of other spellings, in any language or script */
    aliases: text('aliases', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    createdAt: timestamp('created_at'),
  },
  (t) => [uniqueIndex('people_slug_unique').on(t.slug)],
);

export const offices = sqliteTable(
  'offices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    organization: text('organization'),
    country: text('country'),
    fromDate: text('from_date'),
    toDate: text('to_date'),
  },
  (t) => [index('offices_person_idx').on(t.personId)],
);

export const events = sqliteTable(
  'events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    parentId: integer('parent_id').references((): AnySQLiteColumn => events.id),
    kind: text('kind').$type<EventKind>().notNull(),
    title: text('title').notNull(),
    status: text('status').$type<EventStatus>().notNull(),
    certainty: text('certainty').$type<EventCertainty>().notNull().default('confirmed'),
    allDay: integer('all_day', { mode: 'boolean' }).notNull(),
    // Local calendar days in the event's own zone, for both kinds: the timeline's range query.
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    // Timed events only: the instants, in UTC.
    startUtc: text('start_utc'),
    endUtc: text('end_utc'),
    timezone: text('timezone'),
    placeId: integer('place_id').references(() => places.id),
    notes: text('notes'),
    version: integer('version').notNull().default(1),
    deletedAt: text('deleted_at'),
    createdAt: timestamp('created_at'),
    updatedAt: timestamp('updated_at'),
  },
  (t) => [
    index('events_range_idx').on(t.startDate, t.endDate),
    index('events_end_idx').on(t.endDate),
    index('events_parent_idx').on(t.parentId),
    index('events_place_idx').on(t.placeId),
    index('events_updated_idx').on(t.updatedAt),
    // Events by length in days: the clash check reads events of up to two weeks through the range
    // index from a bounded start, and only the few longer ones through this (db/queries/clashes.ts).
    index('events_span_idx').on(sql`julianday(end_date) - julianday(start_date)`, t.endDate, t.startDate),
  ],
);

export const eventParticipants = sqliteTable(
  'event_participants',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    position: integer('position').notNull(),
    // The role held at the time of the event, which an office list alone cannot say.
    role: text('role'),
    organization: text('organization'),
    country: text('country'),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.personId] }),
    index('participants_person_idx').on(t.personId),
    index('participants_country_idx').on(t.country),
    index('participants_org_idx').on(t.organization),
  ],
);

export const sources = sqliteTable(
  'sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    url: text('url'),
    publisher: text('publisher'),
    language: text('language'),
    published: text('published'),
    textHash: text('text_hash'),
    createdAt: timestamp('created_at'),
  },
  (t) => [index('sources_url_idx').on(t.url), index('sources_hash_idx').on(t.textHash)],
);

export const evidence = sqliteTable(
  'evidence',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    start: integer('start'),
    end: integer('end'),
    quote: text('quote'),
  },
  (t) => [index('evidence_event_idx').on(t.eventId), index('evidence_source_idx').on(t.sourceId)],
);

export const revisions = sqliteTable(
  'revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    reason: text('reason'),
    /** JSON: { field: [before, after] }, or the whole record on creation */
    changes: text('changes', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at'),
  },
  (t) => [
    uniqueIndex('revisions_event_version_unique').on(t.eventId, t.version),
    index('revisions_created_idx').on(t.createdAt),
  ],
);

/**
 * "Not a clash" (issue 15): an editor's word that two events do not place anyone twice. Kept apart
 * from the events, so that it changes neither event's version, history nor iCal SEQUENCE (a clash
 * is derived, never stored as truth). The pair is stored lower id first: either order finds it.
 */
export const clashDismissals = sqliteTable(
  'clash_dismissals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    lowEventId: integer('low_event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    highEventId: integer('high_event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    /** who said so, as revisions record it ("user:ann@example.org", "token:…") */
    actor: text('actor').notNull(),
    reason: text('reason'),
    createdAt: timestamp('created_at'),
  },
  (t) => [
    uniqueIndex('clash_dismissals_pair_unique').on(t.lowEventId, t.highEventId),
    index('clash_dismissals_high_idx').on(t.highEventId),
    check('clash_dismissals_pair_order', sql`${t.lowEventId} < ${t.highEventId}`),
  ],
);

/**
 * One person merged into another (issue 15): the same person saved twice ("Peña" and "Santiago
 * Peña"). The old slug keeps leading to the person it became (pages, API and feeds), and /changes
 * lists the merge. `intoPersonId` is moved along when that person is merged in turn, so the old
 * slug always leads to someone saved in one lookup; `intoSlug` and `intoName` are as at the time.
 */
export const personMerges = sqliteTable(
  'person_merges',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    fromSlug: text('from_slug').notNull(),
    fromName: text('from_name').notNull(),
    intoPersonId: integer('into_person_id')
      .notNull()
      .references(() => people.id),
    intoSlug: text('into_slug').notNull(),
    intoName: text('into_name').notNull(),
    /** JSON array of the events whose participants the merge changed (each got a revision) */
    eventIds: text('event_ids', { mode: 'json' }).$type<number[]>().notNull(),
    /** participations dropped because the event already had the person merged into */
    droppedParticipations: integer('dropped_participations').notNull().default(0),
    /** who merged, as revisions record it ("user:ann@example.org", "token:…") */
    actor: text('actor').notNull(),
    createdAt: timestamp('created_at'),
  },
  (t) => [index('person_merges_from_slug_idx').on(t.fromSlug), index('person_merges_into_idx').on(t.intoPersonId), index('person_merges_created_idx').on(t.createdAt)],
);

/** Saved private feeds: a short unguessable token in the URL stands for a stored filter. */
export const feedTokens = sqliteTable(
  'feed_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    token: text('token').notNull(),
    name: text('name').notNull(),
    /** the timeline's canonical query string (lib/events/event-filter.ts formatEventFilter) */
    filter: text('filter').notNull(),
    createdAt: timestamp('created_at'),
    revokedAt: text('revoked_at'),
    /** the account that saved it: deleting the account deletes its feeds */
    ownerUserId: text('owner_user_id').references((): AnySQLiteColumn => user.id, { onDelete: 'cascade' }),
    /** the API token that saved it: the feed stops when that token is revoked */
    ownerTokenId: integer('owner_token_id').references((): AnySQLiteColumn => apiTokens.id),
  },
  (t) => [uniqueIndex('feed_tokens_token_unique').on(t.token), index('feed_tokens_owner_user_idx').on(t.ownerUserId), index('feed_tokens_owner_token_idx').on(t.ownerTokenId)],
);

// --- Accounts (better-auth's tables; it hashes passwords and keeps sessions) ---------------------

export type { Role } from '../lib/auth/access-policy';
import type { Role } from '../lib/auth/access-policy';

export const user = sqliteTable('user', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: integer('email_verified', { mode: 'boolean' }).notNull().default(false),
  image: text('image'),
  role: text('role').$type<Role>().notNull().default('viewer'),
  /** secret in this user's private feed URLs when reading is not public; regenerated to revoke */
  feedKey: text('feed_key').unique(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

export const session = sqliteTable(
  'session',
  {
    id: text('id').primaryKey(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    token: text('token').notNull().unique(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
  },
  (t) => [index('session_user_idx').on(t.userId)],
);

export const account = sqliteTable(
  'account',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: integer('access_token_expires_at', { mode: 'timestamp_ms' }),
    refreshTokenExpiresAt: integer('refresh_token_expires_at', { mode: 'timestamp_ms' }),
    scope: text('scope'),
    password: text('password'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('account_user_idx').on(t.userId)],
);

export const verification = sqliteTable('verification', {
  id: text('id').primaryKey(),
  identifier: text('identifier').notNull(),
  value: text('value').notNull(),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
});

/** Tokens for scripts and bulk ingestion: only a hash is stored; the token is shown once. */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    role: text('role').$type<Role>().notNull(),
    tokenHash: text('token_hash').notNull(),
    /** first characters, so an admin can tell tokens apart without the secret */
    prefix: text('prefix').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at'),
    lastUsedAt: text('last_used_at'),
    revokedAt: text('revoked_at'),
  },
  (t) => [uniqueIndex('api_tokens_hash_unique').on(t.tokenHash)],
);

/** Instance settings an admin changes at run time (e.g. whether reading is public). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: timestamp('updated_at'),
});
