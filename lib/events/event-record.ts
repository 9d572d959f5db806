/**
 * The shapes every layer agrees on. The extractor's draft (FORMAT.md) and the API's event JSON are
 * the same shape; the API adds ids, version, sources and timestamps.
 */
export const EVENT_KINDS = ['visit', 'meeting', 'call', 'summit', 'conference', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_STATUSES = ['scheduled', 'held', 'postponed', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/**
 * How sure the sources are that the event is as told: confirmed (by the hosts or as held),
 * expected (announced, not confirmed by the hosts: "is expected to", "dovrebbe", "soll"), or
 * unconfirmed (sources say, reportedly). Orthogonal to status: a postponed visit can be expected.
 */
export const EVENT_CERTAINTIES = ['confirmed', 'expected', 'unconfirmed'] as const;
export type EventCertainty = (typeof EVENT_CERTAINTIES)[number];

export interface EventLocation {
  city: string | null;
  /** ISO 3166-1 alpha-2, upper case */
  country: string | null;
}

export interface ParticipantDraft {
  name: string;
  role?: string | null;
  organization?: string | null;
  /** ISO 3166-1 alpha-2 of the country the person represents */
  country?: string | null;
}

export interface EvidenceSpan {
  start: number;
  end: number;
}

/** One event as the extractor returns it (FORMAT.md). */
export interface DraftEvent {
  id: string;
  parent: string | null;
  kind: EventKind;
  title: string;
  /** YYYY-MM-DD for an all-day event, or ISO local date-time with UTC offset */
  start: string | null;
  /** inclusive last day (YYYY-MM-DD) or ISO local date-time with offset */
  end: string | null;
  timezone: string | null;
  location: EventLocation | null;
  status: EventStatus;
  /** optional in FORMAT.md; the extractor always sets it */
  certainty?: EventCertainty;
  participants: ParticipantDraft[];
  evidence: EvidenceSpan[];
}

export interface ExtractionResult {
  language: string;
  published: string | null;
  events: DraftEvent[];
}

/** A saved participant: the person plus the role held at the time of the event. */
export interface ParticipantRecord {
  personId: number;
  name: string;
  slug: string;
  role: string | null;
  organization: string | null;
  country: string | null;
}

export interface SourceRecord {
  id: number;
  url: string | null;
  publisher: string | null;
  language: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  /** offsets into the article when known; a quote typed in by hand has none */
  evidence: Array<{ start: number | null; end: number | null; quote: string | null }>;
}

export interface PlaceRecord {
  id: number;
  city: string | null;
  country: string;
  timezone: string;
  latitude: number | null;
  longitude: number | null;
}

/** One saved event, as the API returns it and as feeds and pages read it. */
export interface EventRecord {
  id: number;
  version: number;
  parentId: number | null;
  kind: EventKind;
  title: string;
  status: EventStatus;
  certainty: EventCertainty;
  /** true: start/end are local dates (YYYY-MM-DD, inclusive end); false: timed */
  allDay: boolean;
  /** all-day: YYYY-MM-DD; timed: ISO local date-time with offset in `timezone` */
  start: string;
  end: string;
  /** local calendar days the event covers, in its own zone (both kinds) */
  startDate: string;
  endDate: string;
  /** timed events: UTC instants (ISO with Z); null for all-day */
  startUtc: string | null;
  endUtc: string | null;
  /** IANA zone of the place; required for timed events */
  timezone: string | null;
  place: PlaceRecord | null;
  participants: ParticipantRecord[];
  sources: SourceRecord[];
  notes: string | null;
  /** set when the event was deleted (it stays, cancelled, so feeds can tell subscribers) */
  deletedAt: string | null;
  /** ISO instants in UTC with Z */
  createdAt: string;
  updatedAt: string;
}
