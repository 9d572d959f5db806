import { getDb } from '@/db/client';
import { authorize } from '@/db/access';
import { AccessError } from '@/lib/auth/access-policy';
import { listFeedEvents, readFeedSignature } from '@/db/queries/feed-events';
import { describeEventFilter } from '@/lib/events/describe-filter';
import { parseEventFilter } from '@/lib/events/event-filter';
import { answerBadRequest } from '@/lib/ical';
import { answerFeedAccessDenied, readPastDays, respondWithFeed } from '@/lib/http/calendar-feed';

export const dynamic = 'force-dynamic';

async function serve(request: Request, method: 'GET' | 'HEAD') {
  try {
    await authorize(getDb(), request, 'read', { allowFeedKey: true });
  } catch (error) {
    if (error instanceof AccessError) return answerFeedAccessDenied(error);
    throw error;
  }
  const parsed = parseEventFilter(new URL(request.url).searchParams);
  if (!parsed.success) {
    return answerBadRequest(`This view's filter is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const past = readPastDays(request);
  if ('error' in past) return past.error;
  const description = describeEventFilter(parsed.data);
  return respondWithFeed(request, method, { signature: readFeedSignature(getDb(), past.days), load: () => listFeedEvents(getDb(), parsed.data, past.days) }, {
    name: `Summitry – ${description}`,
    description: `Summitry events: ${description}.`,
    filename: 'summitry-view.ics',
  });
}

export const GET = (request: Request) => serve(request, 'GET');
export const HEAD = (request: Request) => serve(request, 'HEAD');
