'use client';

import { useState } from 'react';
import { buildFeedLinks } from '@/lib/events/feed-links';
import { useOrigin } from './use-origin';
import { useMe } from '../account/use-me';

/** Subscribe links for one feed: webcal (Apple, Outlook), https, Google Calendar, and a copy button. */
export function FeedLinks({ path, label }: { path: string; label: string }) {
  const origin = useOrigin();
  const me = useMe();
  const [copied, setCopied] = useState(false);
  // When reading needs an account, calendar apps (which cannot sign in) use the personal feed key.
  const needsKey = me.data?.secured && me.data.readAccess === 'signed-in' && !path.startsWith('/feeds/t/');
  const key = needsKey ? me.data?.user?.feedKey : null;
  const links = buildFeedLinks(origin, key ? `${path}${path.includes('?') ? '&' : '?'}key=${key}` : path);
  async function copy() {
    await navigator.clipboard.writeText(links.https);
    setCopied(true);
  }
  return (
    <span className="feed-links">
      <a href={links.webcal} aria-label={`Subscribe to ${label} (webcal)`}>
        webcal
      </a>
      <a href={links.https} aria-label={`${label} feed (https)`}>
        https
      </a>
      <a href={links.google} target="_blank" rel="noreferrer noopener" aria-label={`Add ${label} to Google Calendar`}>
        Google Calendar
      </a>
      <button type="button" className="link-button" onClick={copy} aria-label={`Copy the ${label} feed address`}>
        {copied ? 'Copied' : 'Copy URL'}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {copied ? `${label} feed address copied` : ''}
      </span>
    </span>
  );
}
