/**
 * "Queen Elizabeth II opened the Commonwealth summit", "Gillard, the host, told the gathering":
 * leaders acting in the summit's own paragraph, on its days, are among those who attend it; the
 * subject of the clause that names the summit ("Obama ... are wrapping up a two-day summit")
 * takes part in it.
 */
import type { Clause } from '../clause';

export function summitActors(c: Clause): undefined {
  const { r, seg, s } = c;
  const summit = r.state.summit;
  if (!summit || c.denial || c.listed.length || c.attendHit) return undefined;
  const actors = r.summitActors(seg, s, c.subjectBefore(seg.end));
  for (const p of actors) if (!summit.attendees.includes(p)) summit.attendees.push(p);
  if (actors.length && c.summitHit) summit.declared = true;
  return undefined;
}
