import { getDb } from '@/db/client';
import { findActiveFeedToken } from '@/db/queries/feed-tokens';
import { ANONYMOUS } from '@/lib/auth/access-policy';
import { parseEventFilter, type EventFilter } from '@/lib/events/event-filter';
import { answerNotFound } from '@/lib/feeds';
import { CREDENTIALED_FEED_CACHE_CONTROL } from '@/lib/feeds/calendar-feed';
import { readFeedFileName } from '@/lib/http/feed-file-name';
import { respondWithChangesFeed } from '../../_lib/changes-feed';
import { createFeedRoute } from '../../_lib/feed-route';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<Record<string, string>> };

/** A watchlist by its token: its name and saved filter, or the 404 a revoked or unknown token gets. */
function findWatchlist(token: string | null): { name: string; filter: EventFilter } | Response {
  const saved = token && /^[\w-]{1,64}$/.test(token) ? findActiveFeedToken(getDb(), token) : null;
  if (!saved) return answerNotFound('No such feed, or it was revoked.');
  const filter = parseEventFilter(new URLSearchParams(saved.filter));
  if (!filter.success) return answerNotFound('This feed’s saved filter can no longer be read.');
  return { name: saved.name, filter: filter.data };
}

// The token is itself the credential: a watchlist works in any calendar app or feed reader until revoked.
const calendar = createFeedRoute(
  (_request, params) => {
    const watchlist = findWatchlist(readFeedFileName(params.file));
    if (watchlist instanceof Response) return watchlist;
    return {
      filter: watchlist.filter,
      name: `Summitry – ${watchlist.name}`,
      description: `Private Summitry feed “${watchlist.name}”.`,
      filename: 'summitry-private.ics',
      // A private feed must not sit in shared caches, where anyone behind the proxy could read it.
      cacheControl: CREDENTIALED_FEED_CACHE_CONTROL,
    };
  },
  { public: true },
);

/** `/feeds/t/{token}.atom`: the watchlist's changes, the Atom twin of its calendar. */
async function serveChanges(request: Request, file: string, method: 'GET' | 'HEAD'): Promise<Response> {
  const token = readFeedFileName(file, 'atom');
  const watchlist = findWatchlist(token);
  if (watchlist instanceof Response) return watchlist;
  return respondWithChangesFeed(request, method, watchlist.filter, ANONYMOUS, {
    title: `Summitry – ${watchlist.name}: changes`,
    selfPath: `/feeds/t/${token}.atom`,
    cacheControl: CREDENTIALED_FEED_CACHE_CONTROL,
  });
}

async function serve(request: Request, context: Context, method: 'GET' | 'HEAD'): Promise<Response> {
  const { file } = await context.params;
  if (file.endsWith('.atom')) return serveChanges(request, file, method);
  return method === 'GET' ? calendar.GET(request, context) : calendar.HEAD(request, context);
}

export const GET = (request: Request, context: Context) => serve(request, context, 'GET');
export const HEAD = (request: Request, context: Context) => serve(request, context, 'HEAD');
