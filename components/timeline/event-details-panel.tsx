'use client';

import Link from 'next/link';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { fetchEvent } from '@/lib/client/api-client';
import { formatCountryName } from '@/lib/events/countries';
import type { EventJson } from '@/lib/events/event-json';
import { formatViewerTime, formatWhen } from '@/lib/events/format-when';
import { StatusBadge } from '@/components/ui/status-badge';
import { EventClashes } from '@/components/events/event-clashes';
import { RevisionList } from '@/components/events/revision-list';
import { KIND_GLYPH } from './event-labels';

interface PanelProps {
  id: number;
  /** the events already loaded for the view: the panel shows them at once, then refreshes */
  loaded: EventJson[];
  onSelect: (id: number) => void;
  onClose: () => void;
}

function formatEnd(event: EventJson, zone: string): string | null {
  if (event.allDay || !event.endUtc || event.endUtc === event.startUtc) return null;
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: zone, timeZoneName: 'short' }).format(Date.parse(event.endUtc));
}

/**
 * The selected event: participants with the roles they held then, place, local and viewer times,
 * status, its visit and the visit's other meetings, every source with its quote, and the history.
 */
export function EventDetailsPanel({ id, loaded, onSelect, onClose }: PanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
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

  useEffect(() => {
    headingRef.current?.focus();
  }, [id]);

  const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <aside
      className="tl-panel"
      aria-labelledby="tl-panel-title"
      role="dialog"
      aria-modal="false"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <div className="tl-panel-head">
        <h2 id="tl-panel-title" ref={headingRef} tabIndex={-1}>
          {event ? event.title : `Event ${id}`}
        </h2>
        <button type="button" onClick={onClose} aria-label="Close the details (Escape)" className="tl-close">
          ✕
        </button>
      </div>
      {query.isError && !event && (
        <p role="alert">This event could not be loaded: {query.error.message}</p>
      )}
      {!event && !query.isError && <p>Loading the event…</p>}
      {event && (
        <>
          <p className="event-meta">
            <StatusBadge status={event.status} certainty={event.certainty} />{' '}
            <span className="kind">
              <span aria-hidden="true">{KIND_GLYPH[event.kind]} </span>
              {event.kind}
            </span>{' '}
            · {event.allDay ? 'date known to the day' : 'timed'} · version {event.version}
          </p>
          <EventClashes id={event.id} version={event.version} />
          <dl className="tl-facts">
            <dt>When (local)</dt>
            <dd>
              {formatWhen(event)}
              {formatEnd(event, event.timezone ?? 'UTC') && <> – {formatEnd(event, event.timezone ?? 'UTC')}</>}
              {event.allDay ? ' (all day)' : event.timezone ? ` (${event.timezone})` : ''}
            </dd>
            <dt>Your time</dt>
            <dd className="viewer-time">{formatViewerTime(event, viewerZone) ?? (event.allDay ? 'All-day: the same days wherever you are' : `Same as local (${viewerZone})`)}</dd>
            <dt>Where</dt>
            <dd>
              {event.place ? (
                <>
                  {event.place.city && `${event.place.city}, `}
                  <Link href={`/countries/${event.place.country}`}>{formatCountryName(event.place.country)}</Link>
                </>
              ) : (
                'No place recorded'
              )}
            </dd>
            <dt>Participants</dt>
            <dd>
              {event.participants.length === 0 ? (
                'None recorded'
              ) : (
                <ul>
                  {event.participants.map((p) => (
                    <li key={p.personId}>
                      <Link href={`/people/${p.slug}`}>{p.name}</Link>
                      {(p.role || p.organization || p.country) && (
                        <span className="role"> — {[p.role, p.organization ?? formatCountryName(p.country)].filter(Boolean).join(', ')}</span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            {parentId !== null && (
              <>
                <dt>Part of</dt>
                <dd>
                  {parent ? (
                    <button type="button" className="link-button" onClick={() => onSelect(parent.id)}>
                      {parent.title} ({formatWhen(parent)})
                    </button>
                  ) : (
                    <Link href={`/events/${parentId}`}>event {parentId}</Link>
                  )}
                </dd>
              </>
            )}
            {siblings.length > 0 && (
              <>
                <dt>Other meetings</dt>
                <dd>
                  <ul>
                    {siblings.map((s) => (
                      <li key={s.id}>
                        <button type="button" className="link-button" onClick={() => onSelect(s.id)}>
                          {s.title}
                        </button>{' '}
                        <span className="muted">{formatWhen(s)}</span>
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
            {children.length > 0 && (
              <>
                <dt>Meetings</dt>
                <dd>
                  <ul>
                    {children.map((c) => (
                      <li key={c.id}>
                        <button type="button" className="link-button" onClick={() => onSelect(c.id)}>
                          {c.title}
                        </button>{' '}
                        <span className="muted">{formatWhen(c)}</span>
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
          </dl>
          <h3>Sources</h3>
          {event.sources.length === 0 ? (
            <p>No source recorded.</p>
          ) : (
            <ul className="sources">
              {event.sources.map((source) => (
                <li key={source.id}>
                  {source.url ? (
                    <a href={source.url} rel="noreferrer noopener">
                      {source.publisher ?? source.url}
                    </a>
                  ) : (
                    (source.publisher ?? 'Source')
                  )}
                  {source.language && <> · {source.language}</>}
                  {source.published && <> · {source.published}</>}
                  {source.evidence
                    .filter((e) => e.quote)
                    .map((e, i) => (
                      <blockquote key={i}>{e.quote}</blockquote>
                    ))}
                </li>
              ))}
            </ul>
          )}
          <p className="tl-panel-actions">
            <Link href={`/events/${event.id}/edit`}>Edit this event</Link> · <Link href={`/events/${event.id}`}>Open the event page</Link>
          </p>
          <h3>History</h3>
          <RevisionList eventId={event.id} version={event.version} />
        </>
      )}
    </aside>
  );
}
