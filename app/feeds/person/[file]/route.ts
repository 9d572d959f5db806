import { getDb } from '@/db/client';
import { authorize } from '@/db/access';
import { AccessError } from '@/lib/auth/access-policy';
import { listFeedEvents, readFeedSignature } from '@/db/queries/feed-events';
import { getPersonBySlug } from '@/db/queries/people';
import { answerNotFound } from '@/lib/ical';
import { answerFeedAccessDenied, readPastDays, respondWithFeed } from '@/lib/http/calendar-feed';
import { readFeedFileName } from '@/lib/http/feed-file-name';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ file: string }> };

async function serve(request: Request, context: Context, method: 'GET' | 'HEAD') {
  try {
    await authorize(getDb(), request, 'read', { allowFeedKey: true });
  } catch (error) {
    if (error instanceof AccessError) return answerFeedAccessDenied(error);
    throw error;
  }
  const slug = readFeedFileName((await context.params).file);
  const db = getDb();
  const person = slug ? getPersonBySlug(db, slug) : null;
  if (!person) return answerNotFound('No such person in Summitry.');
  const past = readPastDays(request);
  if ('error' in past) return past.error;
  return respondWithFeed(request, method, { signature: readFeedSignature(db, past.days), load: () => listFeedEvents(db, { person: [person.slug] }, past.days) }, {
    name: `Summitry – ${person.name}`,
    description: `Visits, meetings, calls and summits with ${person.name}.`,
    filename: `summitry-${person.slug}.ics`,
  });
}

export const GET = (request: Request, context: Context) => serve(request, context, 'GET');
export const HEAD = (request: Request, context: Context) => serve(request, context, 'HEAD');
