import Link from 'next/link';
import { EntityLink } from '@/components/ui/entity-link';
import { formatCountryName } from '@/lib/events/countries';
import type { EventJson } from '@/lib/events/event-json';
import { formatViewerTime, formatWhen } from '@/lib/events/format-when';
import { RelatedEvents } from './related-events';

interface FactsProps {
  event: EventJson;
  parentId: number | null;
  /** the visit, once known (from the view or fetched) */
  parent: EventJson | undefined;
  siblings: EventJson[];
  /** the open event's own meetings */
  meetings: EventJson[];
  onSelect: (id: number) => void;
}

function formatEnd(event: EventJson, zone: string): string | null {
  if (event.allDay || !event.endUtc || event.endUtc === event.startUtc) return null;
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: zone, timeZoneName: 'short' }).format(Date.parse(event.endUtc));
}

/** The open event's facts in the details panel: when (local and the viewer's), where, who, and the events around it. */
export function EventFacts({ event, parentId, parent, siblings, meetings, onSelect }: FactsProps) {
  const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
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
        {event.place ? <EntityLink place={event.place} /> : 'No place recorded'}
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
      <RelatedEvents term="Other meetings" events={siblings} onSelect={onSelect} />
      <RelatedEvents term="Meetings" events={meetings} onSelect={onSelect} />
    </dl>
  );
}
