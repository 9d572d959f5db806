import { getDb } from '@/db/client';
import { authorize } from '@/db/access';
import { AccessError } from '@/lib/auth/access-policy';
import { listFeedEvents, readFeedSignature } from '@/db/queries/feed-events';
import { formatCountryName, isCountryCode } from '@/lib/events/countries';
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
  const code = readFeedFileName((await context.params).file)?.toUpperCase();
  if (!code || !isCountryCode(code)) return answerNotFound('No such country: use a two-letter ISO code such as US.ics.');
  const past = readPastDays(request);
  if ('error' in past) return past.error;
  const name = formatCountryName(code) ?? code;
  return respondWithFeed(request, method, { signature: readFeedSignature(getDb(), past.days), load: () => listFeedEvents(getDb(), { country: [code] }, past.days) }, {
    name: `Summitry – ${name}`,
    description: `Events in ${name} or with its representatives.`,
    filename: `summitry-${code}.ics`,
  });
}

export const GET = (request: Request, context: Context) => serve(request, context, 'GET');
export const HEAD = (request: Request, context: Context) => serve(request, context, 'HEAD');
