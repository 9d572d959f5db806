import type { Lane } from '@/lib/events/group-events';
import { EventRow } from './event-row';

export function TimelineLanes({ lanes }: { lanes: Lane[] }) {
  return (
    <div className="lanes">
      {lanes.map((lane) => (
        <section key={lane.key} className="lane" aria-labelledby={`lane-${lane.key}`} data-lane={lane.key}>
          <h2 id={`lane-${lane.key}`}>{lane.label}</h2>
          <ul>
            {lane.items.map(({ event, children }) => (
              <li key={event.id}>
                <EventRow event={event} />
                {children.length > 0 && (
                  <ul className="children" aria-label={`Inside ${event.title}`}>
                    {children.map((child) => (
                      <li key={child.id}>
                        <EventRow event={child} />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
