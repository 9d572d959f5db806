/**
 * The clause rules, in the order they read a clause. A rule that returns a ClauseEnd has read
 * the whole clause (it added to an event already told); the others add atoms or findings for the
 * rules after them. Each rule is one file under rules/, with its own tests.
 */
import type { Clause, ClauseEnd } from './clause';
import { talksResumed } from './rules/talks-resumed';
import { eventAnaphor } from './rules/event-anaphor';
import { summitContinues } from './rules/summit-continues';
import { companions } from './rules/companions';
import { summitMention } from './rules/summit-mention';
import { attendance } from './rules/attendance';
import { attendeeList } from './rules/attendee-list';
import { summitActors } from './rules/summit-actors';
import { tripLegs } from './rules/trip-legs';
import { itineraryLegs } from './rules/itinerary-legs';
import { companionParty } from './rules/companion-party';
import { returnHome } from './rules/return-home';
import { gathering } from './rules/gathering';
import { calls } from './rules/calls';
import { meetAgain } from './rules/meet-again';
import { meetings } from './rules/meetings';

export type ClauseRule = (c: Clause) => ClauseEnd | undefined;

export const CLAUSE_RULES: readonly ClauseRule[] = [
  talksResumed,
  eventAnaphor,
  summitContinues,
  companions,
  summitMention,
  attendance,
  attendeeList,
  summitActors,
  tripLegs,
  itineraryLegs,
  companionParty,
  returnHome,
  gathering,
  calls,
  meetAgain,
  meetings,
];

/** Reads one clause with every rule; tells the next clause whom and where it was about. */
export function readClause(c: Clause): ClauseEnd {
  for (const rule of CLAUSE_RULES) {
    const end = rule(c);
    if (end) return end;
  }
  if (c.subject) c.r.state.lastPerson = c.subject;
  // A clause without an event still tells who the next clause is about ("X sarà lunedì a Y, dove...").
  const named = c.subject ?? c.people.find((p) => !c.isOther(p))?.person ?? null;
  return { subject: named, place: c.ownPlace };
}
