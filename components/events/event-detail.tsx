'use client';

import Link from 'next/link';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { fetchEvent } from '@/lib/client/api-client';
import { formatCountryName } from '@/lib/events/countries';
import { formatViewerTime, formatWhen } from '@/lib/events/format-when';
import { StatusBadge } from '../ui/status-badge';
import { EventClashes } from './event-clashes';
import { EntityLink } from '@/components/ui/entity-link';
import { EventForm } from './event-form';
import { RevisionList } from './revision-list';
import { SourceList } from './source-list';
import { StatusActions } from './status-actions';

export function EventDetail({ id, startEditing = false }: { id: number; startEditing?: boolean }) {
  const [editing, setEditing] = useState(startEditing);
  const query = useQuery({ queryKey: ['event', id], queryFn: () => fetchEvent(id) });
  if (query.isPending) return <p>Loading the event…</p>;
  if (query.isError) return <p role="alert">{query.error.message}</p>;
  const { event, parent = null, children = [] } = query.data;
  const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const viewerTime = formatViewerTime(event, viewerZone);

  return (
    <article className="event-detail">
      <h1>{event.title}</h1>
      <p className="event-meta">
        <StatusBadge status={event.status} certainty={event.certainty} /> <span className="kind">{event.kind}</span> · version {event.version}
        {event.deletedAt && <strong> · deleted</strong>}
      </p>
      <EventClashes id={event.id} version={event.version} />
      <dl>
        <dt>When</dt>
        <dd>
          {formatWhen(event)} {event.allDay ? '(all day)' : `(${event.timezone})`}
          {viewerTime && <span className="viewer-time"> · {viewerTime}</span>}
        </dd>
        <dt>Where</dt>
        <dd>
          {event.place ? <EntityLink place={event.place} /> : 'No place'}
        </dd>
        {parent && (
          <>
            <dt>Part of</dt>
            <dd>
              <Link href={`/events/${parent.id}`}>{parent.title ?? 'an event no longer saved'}</Link>
            </dd>
          </>
        )}
        <dt>Participants</dt>
        <dd>
          <ul>
            {event.participants.map((p) => (
              <li key={p.personId}>
                <Link href={`/people/${p.slug}`}>{p.name}</Link>
                {[p.role, p.organization, formatCountryName(p.country)].filter(Boolean).length > 0 && (
                  <> — {[p.role, p.organization ?? formatCountryName(p.country)].filter(Boolean).join(', ')}</>
                )}
              </li>
            ))}
          </ul>
        </dd>
        {children.length > 0 && (
          <>
            <dt>{event.kind === 'visit' ? 'In this visit' : 'Parts'}</dt>
            <dd>
              <ul className="event-parts">
                {children.map((child) => (
                  <li key={child.id}>
                    <Link href={`/events/${child.id}`}>{child.title}</Link> <span className="kind">{child.kind}</span> ·{' '}
                    {formatWhen({ allDay: true, startDate: child.startDate, endDate: child.startDate, startUtc: null, timezone: null })} · <StatusBadge status={child.status} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {event.notes && (
          <>
            <dt>Notes</dt>
            <dd className="notes">{event.notes}</dd>
          </>
        )}
      </dl>
      <h2>Sources</h2>
      <SourceList sources={event.sources} />
      {!event.deletedAt && <StatusActions key={event.version} event={event} />}
      {editing ? (
        <section aria-labelledby="edit-title">
          <h2 id="edit-title">Edit</h2>
          <EventForm key={event.version} event={event} onSaved={() => setEditing(false)} />
          <button type="button" onClick={() => setEditing(false)}>
            Close the form
          </button>
        </section>
      ) : (
        <button type="button" onClick={() => setEditing(true)}>
          Edit this event
        </button>
      )}
      <h2>History</h2>
      <RevisionList eventId={event.id} version={event.version} />
    </article>
  );
}
