'use client';

import { memo, useState, useSyncExternalStore } from 'react';
import type { EventFilter } from '@/lib/events/event-filter';
import { buildFeedLinks, withFeedKey } from '@/lib/events/feed-links';
import { buildViewFeedPath } from '@/lib/timeline/timeline-url';
import { msToLocalDay } from '@/lib/timeline/view-range';
import { useCreateFeedKey, useFeedKey } from '../feeds/use-feed-key';
import { useOrigin } from '../feeds/use-origin';
import { WatchView } from './watch-view';

const subscribeNothing = () => () => {};

/**
 * "Subscribe to this view": the page's filters as `/feeds/view.ics`, reaching back to the view's
 * first day and rolling forward with time, with the same links (and personal key) as `/feeds`.
 */
export const SubscribePanel = memo(function SubscribePanel({ filter, from }: { filter: EventFilter; from: string }) {
  const origin = useOrigin();
  const today = useSyncExternalStore(subscribeNothing, () => msToLocalDay(Date.now()), () => '');
  const feedKey = useFeedKey();
  const createKey = useCreateFeedKey();
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const links = buildFeedLinks(origin, withFeedKey(buildViewFeedPath(filter, from, today), feedKey.key));

  async function copy() {
    try {
      await navigator.clipboard.writeText(links.https);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <details className="tl-subscribe">
      <summary>Subscribe to this view</summary>
      <div className="tl-subscribe-body">
        {feedKey.needed && !feedKey.key ? (
          <>
            {/* Links without the key would be refused: calendar apps cannot sign in. */}
            <p>Reading needs an account, so calendar apps need your personal feed key in the address.</p>
            <button type="button" onClick={() => createKey.mutate()} disabled={createKey.isPending}>
              Create my feed key
            </button>
          </>
        ) : (
          <>
            <p>Calendar apps keep this view up to date: the same filters, from the view’s first day on and everything ahead.</p>
            <ul>
              <li>
                <a href={links.webcal}>Open in your calendar app (webcal)</a>
              </li>
              <li>
                <a href={links.google} target="_blank" rel="noreferrer noopener">
                  Add to Google Calendar
                </a>
              </li>
              <li>
                <a href={links.https} className="tl-feed-link">
                  Feed address (https)
                </a>
              </li>
            </ul>
            <label className="tl-feed-url">
              Feed address <input readOnly value={links.https} onFocus={(e) => e.currentTarget.select()} />
            </label>
            <button type="button" onClick={copy}>
              Copy the feed address
            </button>
            <span role="status" className="muted">
              {copied === 'copied' ? ' Copied.' : copied === 'failed' ? ' Could not copy: select the address and copy it by hand.' : ''}
            </span>
          </>
        )}
        <WatchView filter={filter} />
      </div>
    </details>
  );
});
