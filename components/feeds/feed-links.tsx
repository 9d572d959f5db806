'use client';

import { useState } from 'react';
import { buildFeedLinks, withFeedKey } from '@/lib/events/feed-links';
import { useFeedKey } from './use-feed-key';
import { useOrigin } from './use-origin';

/**
 * Subscribe links for one feed: webcal (Apple, Outlook), https, Google Calendar, and a copy button.
 * Each name holds the words shown, outside parentheses, so speech users can say them (WCAG 2.5.3).
 */
export function FeedLinks({ path, label }: { path: string; label: string }) {
  const origin = useOrigin();
  const feedKey = useFeedKey();
  const [copied, setCopied] = useState(false);
  // A private feed's token is its own credential.
  const links = buildFeedLinks(origin, path.startsWith('/feeds/t/') ? path : withFeedKey(path, feedKey.key));
  async function copy() {
    await navigator.clipboard.writeText(links.https);
    setCopied(true);
  }
  return (
    <span className="feed-links">
      <a href={links.webcal} aria-label={`Subscribe to ${label} with webcal`}>
        webcal
      </a>
      <a href={links.https} aria-label={`${label} feed over https`}>
        https
      </a>
      <a href={links.google} target="_blank" rel="noreferrer noopener" aria-label={`Add ${label} to Google Calendar`}>
        Google Calendar
      </a>
      <button type="button" className="link-button" onClick={copy} aria-label={copied ? `Copied the ${label} feed URL` : `Copy URL of the ${label} feed`}>
        {copied ? 'Copied' : 'Copy URL'}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {copied ? `${label} feed address copied` : ''}
      </span>
    </span>
  );
}
