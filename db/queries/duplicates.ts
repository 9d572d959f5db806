import type { Db } from '../client';
import { matchDuplicate, type DuplicateMatch, type DuplicateProbe } from '../../lib/events/duplicate-rules';
import type { EventKind } from '../../lib/events/event-record';
import { slugify } from '../../lib/events/slug';
import { addDays } from '../../lib/time/zones';
import { listEvents } from './events';
import { findPersonByName } from './people';

export interface DraftForMatching {
  kind: EventKind;
  start: string;
  end?: string | null;
  location?: { city?: string | null; country?: string | null } | null;
  participants?: Array<{ name: string }>;
}

/** A draft's probe: dates as days, people as the slugs they are saved under (aliases resolved). */
export function probeForDraft(db: Db, draft: DraftForMatching): DuplicateProbe {
  return {
    kind: draft.kind,
    startDate: draft.start.slice(0, 10),
    endDate: (draft.end || draft.start).slice(0, 10),
    city: draft.location?.city ?? null,
    country: draft.location?.country?.toUpperCase() ?? null,
    participantSlugs: (draft.participants ?? []).map((p) => findPersonByName(db, p.name)?.slug ?? slugify(p.name)),
  };
}

/** Saved events a draft probably repeats, best first. */
export function findDuplicateCandidates(db: Db, draft: DraftForMatching, limit = 5): DuplicateMatch[] {
  const probe = probeForDraft(db, draft);
  const nearby = listEvents(db, { from: addDays(probe.startDate, -1), to: addDays(probe.endDate, 1), kind: [probe.kind] });
  return nearby
    .map((event) => matchDuplicate(probe, event))
    .filter((match): match is DuplicateMatch => match !== null)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
