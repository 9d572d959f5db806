import { toNextJsHandler } from 'better-auth/next-js';
import { getAuth } from '@/db/auth';
import { getDb } from '@/db/client';

export const dynamic = 'force-dynamic';

// better-auth serves sign-in, sign-out and session under /api/auth/*.
const handle = (request: Request) => getAuth(getDb()).handler(request);
export const { GET, POST } = toNextJsHandler(handle);
