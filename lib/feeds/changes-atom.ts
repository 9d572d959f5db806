import { DateTime } from 'luxon';
import { describeRevision } from '../events/describe-revision';
import { describeEventFilter } from '../events/describe-filter';
import { formatEventFilter, type EventFilter } from '../events/event-filter';
import type { EventRecord } from '../events/event-record';
import { renderAtom, type AtomEntry } from './render-atom';

export interface RevisionForFeed {
  eventId: number;
  version: number;
  action: string;
  actor: string;
  reason: string | null;
  changes: Record<string, unknown>;
  /** ISO instant in UTC */
  createdAt: string;
}

export interface ChangesFeedInput {
  changes: Array<{ event: EventRecord; revisions: RevisionForFeed[] }>;
  filter: EventFilter;
  /** titles of events the revisions point at (a new parent) */
  titles: Record<number, string>;
  baseUrl: string;
  host: string;
  /** a watchlist's name and address, instead of the filter's */
  title?: string;
  selfPath?: string;
}

/** The instant an empty feed says it was updated: fixed, so an empty feed keeps its ETag. */
const EMPTY_FEED_UPDATED = '2026-01-01T00:00:00Z';
const MAX_ENTRIES = 200;

/** Stable ids (RFC 4151 tag URIs): one per event version, the same on every poll and every host alias. */
const entryId = (host: string, revision: RevisionForFeed) => `tag:${host},2026:summitry/event/${revision.eventId}/v${revision.version}`;

function describeEntry(event: EventRecord, revision: RevisionForFeed, titles: Record<number, string>): { title: string; content: string } {
  const lines = revision.action === 'create' ? ['created'] : revision.action === 'delete' ? ['deleted', ...describeRevision(revision, titles).filter((l) => !/^deleted/.test(l))] : describeRevision(revision, titles);
  const words = lines.join('; ') || 'changed';
  const when = event.startDate === event.endDate ? event.startDate : `${event.startDate} to ${event.endDate}`;
  const place = event.place ? [event.place.city, event.place.country].filter(Boolean).join(', ') : null;
  const content = [
    `${event.title}: ${words}`,
    `${event.kind}, ${when}${place ? `, ${place}` : ''}, ${event.status}${event.certainty === 'confirmed' ? '' : ` (${event.certainty})`}`,
    event.participants.length ? `With ${event.participants.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; ')}` : null,
    revision.reason ? `Reason: ${revision.reason}` : null,
    `By ${revision.actor}, ${DateTime.fromISO(revision.createdAt, { zone: 'utc' }).toFormat("d LLL yyyy, HH:mm 'UTC'")}`,
  ].filter(Boolean);
  return { title: `${event.title}: ${words}`, content: content.join('\n') };
}

/** The Atom feed of changes to the events of a view, one entry per revision, newest first, and its newest instant. */
export function renderChangesAtom(input: ChangesFeedInput): { body: string; updated: string } {
  const query = formatEventFilter(input.filter).toString();
  const entries: AtomEntry[] = input.changes
    .flatMap(({ event, revisions }) => revisions.map((revision) => ({ event, revision })))
    .sort((a, b) => (a.revision.createdAt < b.revision.createdAt ? 1 : a.revision.createdAt > b.revision.createdAt ? -1 : b.revision.eventId - a.revision.eventId))
    .slice(0, MAX_ENTRIES)
    .map(({ event, revision }) => ({
      id: entryId(input.host, revision),
      ...describeEntry(event, revision, input.titles),
      updated: DateTime.fromISO(revision.createdAt, { zone: 'utc' }).toISO({ suppressMilliseconds: true }) ?? revision.createdAt,
      link: `${input.baseUrl}/events/${event.id}`,
      author: revision.actor,
    }));
  const updated = entries[0]?.updated ?? EMPTY_FEED_UPDATED;
  const body = renderAtom({
    id: `tag:${input.host},2026:summitry${input.selfPath ?? `/changes${query ? `?${query}` : ''}`}`,
    title: input.title ?? `Summitry: changes to ${describeEventFilter(input.filter)}`,
    subtitle: 'Every change to the events of this view, newest first, in words.',
    self: `${input.baseUrl}${input.selfPath ?? `/feeds/changes.atom${query ? `?${query}` : ''}`}`,
    alternate: `${input.baseUrl}/changes${query ? `?${query}` : ''}`,
    updated,
    entries,
  });
  return { body, updated };
}
