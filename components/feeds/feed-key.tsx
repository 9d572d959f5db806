'use client';

import { useCreateFeedKey, useFeedKey } from './use-feed-key';

/**
 * Calendar apps cannot sign in, so when reading needs an account each user's feed links carry a
 * personal key. Making a new one revokes every link with the old one.
 */
export function FeedKey() {
  const feedKey = useFeedKey();
  const createKey = useCreateFeedKey();
  if (!feedKey.needed) return null;
  return (
    <section className="notice" aria-labelledby="feed-key">
      <h2 id="feed-key">Your feed key</h2>
      <p>
        {feedKey.key
          ? 'The links below carry your personal key. Make a new key if a link was shared by mistake: old links stop working.'
          : 'Reading needs an account, so calendar apps need your personal key in the feed address.'}
      </p>
      <button type="button" onClick={() => createKey.mutate()} disabled={createKey.isPending}>
        {feedKey.key ? 'Make a new key (revokes the old links)' : 'Create my feed key'}
      </button>
    </section>
  );
}
