/**
 * "Seduti attorno al tavolo ci sono il presidente X, la cancelliera Y, il premier Z": a list of
 * people named beside a summit just told is its attendance, with or without a verb of attending.
 */
import type { Clause } from '../clause';

export function attendeeList(c: Clause): undefined {
  const { r, seg, s } = c;
  c.listed = !c.attendHit && !c.meetHit ? r.attendeeList(seg, s, c.people) : [];
  if (!c.listed.length) return undefined;
  const summit = r.state.summit!;
  for (const p of c.listed) if (!summit.attendees.includes(p.person)) summit.attendees.push(p.person);
  summit.declared = true;
  r.addEvidence(summit, seg);
  return undefined;
}
