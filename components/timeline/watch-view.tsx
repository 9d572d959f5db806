'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { ApiError, createFeedToken } from '@/lib/client/api-client';
import { describeEventFilter } from '@/lib/events/describe-filter';
import { formatEventFilter, type EventFilter } from '@/lib/events/event-filter';
import { FeedLinks } from '../feeds/feed-links';

/**
 * "Watch this view": saves the view's filters (not its dates: a watchlist rolls on) as a private
 * watchlist with a name, and gives its two feeds: the calendar and the Atom feed of its changes.
 * Revoking it on /feeds stops both.
 */
export function WatchView({ filter }: { filter: EventFilter }) {
  const id = useId();
  const queryClient = useQueryClient();
  const { from: _from, to: _to, ...rolling } = filter;
  const [name, setName] = useState(() => describeEventFilter(rolling));
  const create = useMutation({
    mutationFn: () => createFeedToken(name, formatEventFilter(rolling).toString()),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['feed-tokens'] }),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate();
  }

  const saved = create.data?.feed;
  const error = create.error instanceof ApiError ? create.error.fields?.name?.[0] ?? create.error.message : create.error ? String(create.error) : null;
  return (
    <div className="tl-watch">
      <h3>Watch this view</h3>
      <p>A private watchlist of these filters: its own calendar and a feed of every change, until you revoke it on the Feeds page.</p>
      <form onSubmit={submit} aria-label="Watch this view">
        <label htmlFor={`${id}-name`}>Name of the watchlist</label>{' '}
        <input id={`${id}-name`} value={name} maxLength={120} onChange={(e) => setName(e.target.value)} aria-invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined} />{' '}
        <button type="submit" disabled={create.isPending}>
          Watch this view
        </button>
      </form>
      {error && (
        <p id={`${id}-error`} role="alert" className="error-summary">
          {error}
        </p>
      )}
      {saved && (
        <p role="status">
          Watching “{saved.name}”: calendar <FeedLinks path={`/feeds/t/${saved.token}.ics`} label={saved.name} /> · <a href={`/feeds/t/${saved.token}.atom`}>changes in a feed reader (Atom)</a>
        </p>
      )}
    </div>
  );
}
