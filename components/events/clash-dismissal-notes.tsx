'use client';

import Link from 'next/link';
import { DateTime } from 'luxon';
import { useCanEdit } from '@/components/account/use-can-edit';
import { UndoDismissalButton } from '@/components/clashes/undo-dismissal-button';
import { nameActor } from '@/lib/auth/present-actor';
import { formatCountryName } from '@/lib/events/countries';
import type { EventDismissalJson } from '@/lib/client/api-client';

/**
 * The pairs of this event marked not a clash (issue 15), each naming the other event, who said
 * so, when and why; editors can undo one, and the clash is open again.
 */
export function ClashDismissalNotes({ eventId, dismissals }: { eventId: number; dismissals: EventDismissalJson[] }) {
  const canEdit = useCanEdit();
  if (!dismissals.length) return null;
  return (
    <div className="clash-dismissals">
      <strong>Not a clash</strong>
      <ul>
        {dismissals.map((d) => (
          <li key={d.event.id}>
            With <Link href={`/events/${d.event.id}`}>{d.event.title}</Link>
            {d.event.city || d.event.country ? ` (${[d.event.city, formatCountryName(d.event.country)].filter(Boolean).join(', ')})` : ''}: marked not a clash by {nameActor(d.actor)} on{' '}
            {DateTime.fromISO(d.createdAt).toFormat('d LLL yyyy')}
            {d.reason ? <>: “{d.reason}”</> : '.'}
            {canEdit && (
              <>
                {' '}
                <UndoDismissalButton a={eventId} b={d.event.id} otherTitle={d.event.title} />
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
