import { parseEventFilter } from '@/lib/events/event-filter';
import { answerBadRequest } from '@/lib/feeds';
import { respondWithChangesFeed } from '../_lib/changes-feed';
import { authorizeFeedReader } from '../_lib/feed-route';

export const dynamic = 'force-dynamic';

/** `/feeds/changes.atom?<timeline filter>`: every change to the view's events, newest first, in words. */
async function serve(request: Request, method: 'GET' | 'HEAD'): Promise<Response> {
  const actor = await authorizeFeedReader(request);
  if (actor instanceof Response) return actor;
  const filter = parseEventFilter(new URL(request.url).searchParams);
  if (!filter.success) return answerBadRequest(filter.error.issues.map((issue) => issue.message).join('; '));
  return respondWithChangesFeed(request, method, filter.data, actor);
}

export const GET = (request: Request) => serve(request, 'GET');
export const HEAD = (request: Request) => serve(request, 'HEAD');
