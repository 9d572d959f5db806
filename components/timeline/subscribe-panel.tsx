'use client';

import { memo, useState, useSyncExternalStore } from 'react';
import { formatEventFilter, type EventFilter } from '@/lib/events/event-filter';
import { feedPastDays, googleCalendarLink, toWebcal } from '@/lib/timeline/timeline-url';
import { msToLocalDay } from '@/lib/timeline/view-range';

const subscribeNothing = () => () => {};

/**
 * "Subscribe to this view": the same filter as the page makes `/feeds/view.ics`, with `past`
 * reaching back to the view's first day so the feed carries the events shown, not only the last 90 days.
 */
export const SubscribePanel = memo(function SubscribePanel({ filter: urlFilter, from, to }: { filter: EventFilter; from: string; to: string }) {
  const filter = { ...urlFilter, from, to };
  const origin = useSyncExternalStore(subscribeNothing, () => window.location.origin, () => '');
  const today = useSyncExternalStore(subscribeNothing, () => msToLocalDay(Date.now()), () => '');
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const params = formatEventFilter(filter);
  if (filter.from && today) params.set('past', String(feedPastDays(filter.from, today)));
  const https = `${origin}/feeds/view.ics?${params}`;
  const webcal = toWebcal(https);

  async function copy() {
    try {
      await navigator.clipboard.writeText(https);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <details className="tl-subscribe">
      <summary>Subscribe to this view</summary>
      <div className="tl-subscribe-body">
        <p>Calendar apps keep this view up to date: the same filters and dates, as an iCal feed.</p>
        <ul>
          <li>
            <a href={webcal}>Open in your calendar app (webcal)</a>
          </li>
          <li>
            <a href={googleCalendarLink(webcal)} target="_blank" rel="noreferrer noopener">
              Add to Google Calendar
            </a>
          </li>
          <li>
            <a href={https} className="tl-feed-link">
              Feed address (https)
            </a>
          </li>
        </ul>
        <label className="tl-feed-url">
          Feed address <input readOnly value={https} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <button type="button" onClick={copy}>
          Copy the feed address
        </button>
        <span role="status" className="muted">
          {copied === 'copied' ? ' Copied.' : copied === 'failed' ? ' Could not copy: select the address and copy it by hand.' : ''}
        </span>
      </div>
    </details>
  );
});
