import { getDb } from '@/db/client';
import { findActiveFeedToken } from '@/db/queries/feed-tokens';
import { listFeedEvents, readFeedSignature } from '@/db/queries/feed-events';
import { parseEventFilter } from '@/lib/events/event-filter';
import { answerNotFound } from '@/lib/ical';
import { readPastDays, respondWithFeed } from '@/lib/http/calendar-feed';
import { readFeedFileName } from '@/lib/http/feed-file-name';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ file: string }> };

async function serve(request: Request, context: Context, method: 'GET' | 'HEAD') {
  // The token is itself the credential: a saved private feed works in any calendar app until revoked.
  const token = readFeedFileName((await context.params).file);
  const db = getDb();
  const saved = token && /^[\w-]{1,64}$/.test(token) ? findActiveFeedToken(db, token) : null;
  if (!saved) return answerNotFound('No such feed, or it was revoked.');
  const filter = parseEventFilter(new URLSearchParams(saved.filter));
  if (!filter.success) return answerNotFound('This feed’s saved filter can no longer be read.');
  const past = readPastDays(request);
  if ('error' in past) return past.error;
  return respondWithFeed(
    request,
    method,
    { signature: readFeedSignature(db, past.days), load: () => listFeedEvents(db, filter.data, past.days) },
    { name: `Summitry – ${saved.name}`, description: `Private Summitry feed “${saved.name}”.`, filename: 'summitry-private.ics' },
    // A private feed must not sit in shared caches, where anyone behind the proxy could read it.
    'private, max-age=300',
  );
}

export const GET = (request: Request, context: Context) => serve(request, context, 'GET');
export const HEAD = (request: Request, context: Context) => serve(request, context, 'HEAD');
