import { toNextJsHandler } from 'better-auth/next-js';
import { getAuth } from '@/db/auth';
import { getDb } from '@/db/client';
import { SignInThrottle } from '@/lib/auth/sign-in-throttle';
import { readSignInEmail } from '@/lib/auth/sign-in-email';
import { errorResponse } from '@/lib/http/json-responses';
import { clientKey } from '@/lib/http/rate-limit';

export const dynamic = 'force-dynamic';

// better-auth serves sign-in, sign-out and session under /api/auth/*; failed password sign-ins are
// throttled here, per client and per account (lib/auth/sign-in-throttle.ts).
const throttle = new SignInThrottle();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function handle(request: Request): Promise<Response> {
  const auth = getAuth(getDb(), request);
  if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/sign-in/email')) return auth.handler(request);
  const client = clientKey(request);
  const waitMs = throttle.clientWaitMs(client);
  if (waitMs > 0) {
    const seconds = Math.ceil(waitMs / 1000);
    const answer = errorResponse(429, `Too many failed sign-ins from your address: try again in ${seconds} s`);
    answer.headers.set('retry-after', String(seconds));
    return answer;
  }
  const account = await readSignInEmail(request);
  if (account) await sleep(throttle.accountDelayMs(account));
  const response = await auth.handler(request);
  if (response.status === 401) throttle.recordFailure(client, account);
  else if (response.ok) throttle.recordSuccess(account);
  return response;
}

export const { GET, POST } = toNextJsHandler(handle);
