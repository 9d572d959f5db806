import { getDb } from '@/db/client';
import { authorize } from '@/db/access';
import { AccessError } from '@/lib/auth/access-policy';
import { listFeedEvents, readFeedSignature } from '@/db/queries/feed-events';
import { listOrganizations } from '@/db/queries/events';
import { slugify } from '@/lib/events/slug';
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
  const organization = slug ? listOrganizations(db).find((name) => slugify(name) === slug) : undefined;
  if (!slug || !organization) return answerNotFound('No such organisation in Summitry.');
  const past = readPastDays(request);
  if ('error' in past) return past.error;
  return respondWithFeed(request, method, { signature: readFeedSignature(db, past.days), load: () => listFeedEvents(db, { org: [slug] }, past.days) }, {
    name: `Summitry – ${organization}`,
    description: `Events with representatives of ${organization}.`,
    filename: `summitry-${slug}.ics`,
  });
}

export const GET = (request: Request, context: Context) => serve(request, context, 'GET');
export const HEAD = (request: Request, context: Context) => serve(request, context, 'HEAD');
