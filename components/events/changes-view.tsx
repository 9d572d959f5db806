'use client';

import Link from 'next/link';
import { useQuery } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import { useRouter, useSearchParams } from 'next/navigation';
import type { FormEvent } from 'react';
import { fetchChanges } from '@/lib/client/api-client';
import { describeRevision } from '@/lib/events/describe-revision';
import { formatWhen } from '@/lib/events/format-when';
import { EntityLink } from '../ui/entity-link';
import { ParticipantLinks } from '../ui/participant-links';
import { StatusBadge } from '../ui/status-badge';

const AT = 'd LLL yyyy, HH:mm';

/** "What changed": events created or edited since a chosen day, filterable like the timeline. */
export function ChangesView() {
  const router = useRouter();
  const params = useSearchParams();
  const since = params.get('since') ?? DateTime.utc().minus({ days: 7 }).toISODate() ?? '';
  const query = useQuery({ queryKey: ['changes', params.toString()], queryFn: () => fetchChanges(new URLSearchParams(params.toString())) });

  // The feed takes the same filter; "since" is the page's alone (the feed reaches back 90 days).
  const atomParams = new URLSearchParams(params.toString());
  atomParams.delete('since');
  const atomQuery = atomParams.toString();

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const [key, value] of data.entries()) if (String(value).trim()) next.set(key, String(value).trim());
    router.push(`/changes?${next}`);
  }

  return (
    <>
      <form className="filters" onSubmit={apply} aria-label="Choose which changes to show" key={params.toString()}>
        <label>
          Changed since <input type="date" name="since" defaultValue={since.slice(0, 10)} />
        </label>
        <label>
          Person <input name="person" placeholder="mark-rutte" defaultValue={params.get('person') ?? ''} />
        </label>
        <label>
          Country <input name="country" placeholder="US" size={6} defaultValue={params.get('country') ?? ''} />
        </label>
        <label>
          Text <input type="search" name="q" defaultValue={params.get('q') ?? ''} />
        </label>
        <button type="submit">Show</button>
      </form>
      <p className="count">
        <a href={`/feeds/changes.atom${atomQuery ? `?${atomQuery}` : ''}`} type="application/atom+xml">
          Follow these changes in a feed reader (Atom)
        </a>
      </p>
      {query.isPending && <p>Loading changes…</p>}
      {query.isError && <p role="alert" className="error-summary">{query.error.message}</p>}
      {query.data && query.data.changes.length === 0 && query.data.merges.length === 0 && <p>Nothing changed in this view since {since.slice(0, 10)}.</p>}
      {query.data && query.data.merges.length > 0 && (
        <section aria-labelledby="merges-heading" className="lane">
          <h2 id="merges-heading">People merged</h2>
          <ul className="merge-list">
            {query.data.merges.map((merge) => (
              <li key={merge.id}>
                {DateTime.fromISO(merge.createdAt).toFormat(AT)} — {merge.actor}: <EntityLink person={merge.from} /> merged into <EntityLink person={merge.into} />, the same person;{' '}
                {merge.events.length === 1 ? '1 event' : `${merge.events.length} events`} changed
                {merge.droppedParticipations > 0 && ` (${merge.droppedParticipations} already had ${merge.into.name})`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {query.data && (
        <ol className="changes">
          {query.data.changes.map(({ event, revisions }) => (
            <li key={event.id} className="lane">
              <h2>
                <Link href={`/events/${event.id}`}>{event.title}</Link> <StatusBadge status={event.status} certainty={event.certainty} />
              </h2>
              <p className="count">
                {formatWhen(event)}
                {event.place && (
                  <>
                    {' · '}
                    <EntityLink place={event.place} />
                  </>
                )}
                {event.participants.length > 0 && (
                  <>
                    {' · '}
                    <ParticipantLinks participants={event.participants} />
                  </>
                )}
              </p>
              <ul>
                {revisions.map((revision) => (
                  <li key={revision.id}>
                    {DateTime.fromISO(revision.createdAt).toFormat(AT)} — {revision.actor}:{' '}
                    {describeRevision(revision).join('; ')}
                    {revision.reason && <> (“{revision.reason}”)</>}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
