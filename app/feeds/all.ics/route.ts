import { getDb } from '@/db/client';
import { authorize } from '@/db/access';
import { AccessError } from '@/lib/auth/access-policy';
import { listFeedEvents, readFeedSignature } from '@/db/queries/feed-events';
import { answerFeedAccessDenied, readPastDays, respondWithFeed } from '@/lib/http/calendar-feed';

export const dynamic = 'force-dynamic';

async function serve(request: Request, method: 'GET' | 'HEAD') {
  try {
    await authorize(getDb(), request, 'read', { allowFeedKey: true });
  } catch (error) {
    if (error instanceof AccessError) return answerFeedAccessDenied(error);
    throw error;
  }
  const past = readPastDays(request);
  if ('error' in past) return past.error;
  const content = { signature: readFeedSignature(getDb(), past.days), load: () => listFeedEvents(getDb(), {}, past.days) };
  return respondWithFeed(request, method, content, {
    name: 'Summitry – all events',
    description: 'Every visit, meeting, call and summit tracked in Summitry.',
    filename: 'summitry-all.ics',
  });
}

export const GET = (request: Request) => serve(request, 'GET');
export const HEAD = (request: Request) => serve(request, 'HEAD');
