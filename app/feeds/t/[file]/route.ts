import { getDb } from '@/db/client';
import { findActiveFeedToken } from '@/db/queries/feed-tokens';
import { parseEventFilter } from '@/lib/events/event-filter';
import { answerNotFound } from '@/lib/feeds';
import { readFeedFileName } from '@/lib/http/feed-file-name';
import { createFeedRoute } from '../../_lib/feed-route';

export const dynamic = 'force-dynamic';

// The token is itself the credential: a saved private feed works in any calendar app until revoked.
export const { GET, HEAD } = createFeedRoute(
  (_request, params) => {
    const token = readFeedFileName(params.file);
    const saved = token && /^[\w-]{1,64}$/.test(token) ? findActiveFeedToken(getDb(), token) : null;
    if (!saved) return answerNotFound('No such feed, or it was revoked.');
    const filter = parseEventFilter(new URLSearchParams(saved.filter));
    if (!filter.success) return answerNotFound('This feed’s saved filter can no longer be read.');
    return {
      filter: filter.data,
      name: `Summitry – ${saved.name}`,
      description: `Private Summitry feed “${saved.name}”.`,
      filename: 'summitry-private.ics',
      // A private feed must not sit in shared caches, where anyone behind the proxy could read it.
      cacheControl: 'private, max-age=300',
    };
  },
  { public: true },
);
