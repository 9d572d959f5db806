'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError, createFeedToken, fetchFeedTokens, revokeFeedToken } from '@/lib/client/api-client';
import { FeedLinks } from './feed-links';
import { FieldError } from '../ui/field-error';

/** Saved views behind private, revocable tokens. */
export function PrivateFeeds({ initialFilter }: { initialFilter: string }) {
  const queryClient = useQueryClient();
  const feeds = useQuery({ queryKey: ['feed-tokens'], queryFn: fetchFeedTokens });
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const create = useMutation({
    mutationFn: ({ name, filter }: { name: string; filter: string }) => createFeedToken(name, filter),
    onSuccess: () => {
      setErrors({});
      void queryClient.invalidateQueries({ queryKey: ['feed-tokens'] });
    },
    onError: (error) => setErrors(error instanceof ApiError ? { ...error.fields, _form: [error.message] } : { _form: [String(error)] }),
  });
  const revoke = useMutation({
    mutationFn: revokeFeedToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['feed-tokens'] }),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    create.mutate({ name: String(data.get('name') ?? ''), filter: String(data.get('filter') ?? '').replace(/^\?/, '') });
  }

  return (
    <section aria-labelledby="private-feeds">
      <h2 id="private-feeds">Private feeds</h2>
      <form className="filters" onSubmit={submit} aria-label="Create a private feed">
        <label>
          Name <input name="name" maxLength={120} aria-invalid={Boolean(errors.name)} />
          <FieldError message={errors.name?.[0]} />
        </label>
        <label>
          Filter (the timeline’s URL parameters) <input name="filter" size={40} defaultValue={initialFilter} placeholder="country=US&kind=visit" />
          <FieldError message={Object.entries(errors).find(([k]) => k.startsWith('filter'))?.[1][0]} />
        </label>
        <button type="submit" disabled={create.isPending}>
          Create private feed
        </button>
      </form>
      {feeds.isError && <p role="alert">{feeds.error.message}</p>}
      {feeds.data && feeds.data.feeds.length === 0 && <p>No private feeds yet.</p>}
      <ul className="feed-list">
        {feeds.data?.feeds.map((feed) => (
          <li key={feed.token}>
            <strong>{feed.name}</strong> <code>{feed.filter || 'all events'}</code>{' '}
            <FeedLinks path={`/feeds/t/${feed.token}.ics`} label={feed.name} />{' '}
            <a href={`/feeds/t/${feed.token}.atom`} aria-label={`Atom feed of changes to ${feed.name}`}>
              Atom
            </a>{' '}
            <button type="button" onClick={() => revoke.mutate(feed.token)} aria-label={`Revoke ${feed.name}`}>
              Revoke
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
