import { formatWhen } from '@/lib/events/format-when';
import type { EventJson } from '@/lib/events/event-json';

/** Events beside the open one (its visit's other meetings, or its own), each opened in the panel. */
export function RelatedEvents({ term, events, onSelect }: { term: string; events: EventJson[]; onSelect: (id: number) => void }) {
  if (events.length === 0) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>
        <ul>
          {events.map((e) => (
            <li key={e.id}>
              <button type="button" className="link-button" onClick={() => onSelect(e.id)}>
                {e.title}
              </button>{' '}
              <span className="muted">{formatWhen(e)}</span>
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}
