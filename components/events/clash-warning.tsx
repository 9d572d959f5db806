'use client';

import Link from 'next/link';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { checkClashes } from '@/lib/client/api-client';
import { formValuesToInput, type EventFormValues } from '@/lib/events/event-form-values';
import { formatWhen } from '@/lib/events/format-when';

/** How long typing pauses before the form asks the server about clashes. */
const CHECK_AFTER_MS = 400;

/**
 * The form's clash warning (issue 15): as the analyst types, the saved events that would place one
 * of the participants elsewhere at the same time, each linked. A warning, never a block: saving
 * anyway keeps both events.
 */
export function ClashWarning({ control, eventId }: { control: Control<EventFormValues>; eventId: number | null }) {
  const values = useWatch({ control }) as EventFormValues;
  const typed = JSON.stringify(formValuesToInput(values));
  const [asked, setAsked] = useState(typed);
  useEffect(() => {
    const timer = setTimeout(() => setAsked(typed), CHECK_AFTER_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const ready = Boolean(values.startDate && values.country && values.participants?.some((p) => p.name.trim()));
  const query = useQuery({
    queryKey: ['clash-check', asked, eventId],
    queryFn: () => checkClashes(JSON.parse(asked), eventId),
    enabled: ready,
    staleTime: 30_000,
  });
  const clashes = ready ? query.data?.clashes ?? [] : [];
  if (!clashes.length) return null;
  return (
    <div className="clash-warning" role="status">
      <strong>Possible clash</strong>
      <ul>
        {clashes.map(({ person, event }) => (
          <li key={`${person.id}-${event.id}`}>
            {person.name} is also at <Link href={`/events/${event.id}`}>{event.title}</Link>
            {event.place ? ` in ${[event.place.city, event.place.country].filter(Boolean).join(', ')}` : ''}, {formatWhen(event)}.
          </li>
        ))}
      </ul>
      <p>You can still save: both events are kept.</p>
    </div>
  );
}
