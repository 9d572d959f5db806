import type { EventKind, EventRecord } from './event-record';
import { slugify } from './slug';
import { addDays } from '../time/zones';

/** What we know about a draft when looking for events it may repeat. */
export interface DuplicateProbe {
  kind: EventKind;
  startDate: string;
  endDate: string;
  city: string | null;
  country: string | null;
  participantSlugs: string[];
}

export interface DuplicateMatch {
  event: EventRecord;
  score: number;
  reasons: string[];
}

// Reports of the same visit disagree by a day at the edges (arrival evening, "from Monday").
const DATE_SLACK_DAYS = 1;

export function datesOverlap(probe: DuplicateProbe, event: Pick<EventRecord, 'startDate' | 'endDate'>): boolean {
  return addDays(probe.startDate, -DATE_SLACK_DAYS) <= event.endDate && addDays(probe.endDate, DATE_SLACK_DAYS) >= event.startDate;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Whether a saved event probably is the draft's event, and why. Same-day meetings of one
 * traveller with different people are different events, so meetings and calls need nearly the
 * same people; a visit needs the same traveller in the same country; a summit the same place.
 */
export function matchDuplicate(probe: DuplicateProbe, event: EventRecord): DuplicateMatch | null {
  if (event.deletedAt || event.kind !== probe.kind || !datesOverlap(probe, event)) return null;
  const draftPeople = new Set(probe.participantSlugs);
  const savedPeople = new Set(event.participants.map((p) => p.slug));
  const overlap = jaccard(draftPeople, savedPeople);
  const sameCountry = Boolean(probe.country && event.place?.country === probe.country);
  const sameCity = Boolean(probe.city && event.place?.city && slugify(event.place.city) === slugify(probe.city));
  const sameDates = probe.startDate === event.startDate && probe.endDate === event.endDate;
  const reasons: string[] = [];
  if (overlap > 0) reasons.push(`${Math.round(overlap * 100)}% the same people`);
  if (sameCity) reasons.push('same city');
  else if (sameCountry) reasons.push('same country');
  reasons.push(sameDates ? 'same dates' : 'overlapping dates');

  let matches: boolean;
  switch (probe.kind) {
    case 'meeting':
    case 'call':
      matches = overlap >= 0.6;
      break;
    case 'visit':
      matches = overlap > 0 && (sameCountry || (!probe.country && !event.place));
      break;
    default:
      matches = sameCity || (sameCountry && overlap > 0) || overlap >= 0.5;
  }
  if (!matches) return null;
  const score = overlap * 0.6 + (sameCity ? 0.2 : sameCountry ? 0.1 : 0) + (sameDates ? 0.2 : 0.1);
  return { event, score: Math.round(score * 100) / 100, reasons };
}
