'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import type { EventJson } from '@/lib/events/event-json';
import { StatusBadge } from '@/components/ui/status-badge';
import { EventClashes } from '@/components/events/event-clashes';
import { RevisionList } from '@/components/events/revision-list';
import { SourceList } from '@/components/events/source-list';
import { KIND_GLYPH } from './event-labels';
import { EventFacts } from './event-facts';
import { useEventDetails } from './use-event-details';

interface PanelProps {
  id: number;
  /** the events already loaded for the view: the panel shows them at once, then refreshes */
  loaded: EventJson[];
  onSelect: (id: number) => void;
  onClose: () => void;
}

/**
 * The selected event: participants with the roles they held then, place, local and viewer times,
 * status, its visit and the visit's other meetings, every source with its quote, and the history.
 */
export function EventDetailsPanel({ id, loaded, onSelect, onClose }: PanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { query, event, parentId, parent, siblings, children } = useEventDetails(id, loaded);

  useEffect(() => {
    headingRef.current?.focus();
  }, [id]);

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
          <EventFacts event={event} parentId={parentId} parent={parent} siblings={siblings} meetings={children} onSelect={onSelect} />
          <h3>Sources</h3>
          <SourceList sources={event.sources} withLanguage />
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
