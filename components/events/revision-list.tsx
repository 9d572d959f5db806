'use client';

import { useQuery } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import { fetchRevisions } from '@/lib/client/api-client';
import { describeRevision } from '@/lib/events/describe-revision';

export function RevisionList({ eventId, version }: { eventId: number; version: number }) {
  const query = useQuery({ queryKey: ['revisions', eventId, version], queryFn: () => fetchRevisions(eventId) });
  if (query.isPending) return <p>Loading history…</p>;
  if (query.isError) return <p role="alert">The history could not be loaded: {query.error.message}</p>;
  return (
    <ol className="revisions" reversed>
      {[...query.data.revisions].reverse().map((revision) => (
        <li key={revision.id}>
          <strong>Version {revision.version}</strong> — {DateTime.fromISO(revision.createdAt).toFormat('d LLL yyyy, HH:mm')} by {revision.actor}
          {revision.reason && <> — “{revision.reason}”</>}
          <ul>
            {describeRevision(revision, query.data.titles).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
