import { z } from 'zod';
import { getDb } from '@/db/client';
import { findDuplicateCandidates } from '@/db/queries/duplicates';
import { EVENT_KINDS } from '@/lib/events/event-record';
import { toEventJson } from '@/lib/events/event-json';
import { jsonResponse } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';

export const dynamic = 'force-dynamic';

const draftSchema = z.object({
  id: z.string().max(40).optional(),
  kind: z.enum(EVENT_KINDS),
  start: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'start must begin with a date'),
  end: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'end must begin with a date').nullish(),
  location: z.object({ city: z.string().max(120).nullish(), country: z.string().max(2).nullish() }).nullish(),
  participants: z.array(z.object({ name: z.string().max(200) })).max(100).default([]),
});
const requestSchema = z.object({ events: z.array(z.unknown()).max(500) });

/** For each dated draft, the saved events it probably repeats (read-only). */
export const POST = route({ access: 'read', body: requestSchema, invalid: 'Send { "events": [drafts] }' }, ({ body }) => {
  const db = getDb();
  const matches = body.events.map((candidate, index) => {
    const draft = draftSchema.safeParse(candidate);
    if (!draft.success) return { index, id: null, candidates: [] };
    return {
      index,
      id: draft.data.id ?? null,
      candidates: findDuplicateCandidates(db, draft.data).map((match) => ({
        score: match.score,
        reasons: match.reasons,
        event: toEventJson(match.event),
      })),
    };
  });
  return jsonResponse({ matches });
});

export const { GET, PUT, PATCH, DELETE } = rejectOtherMethods(['POST']);
