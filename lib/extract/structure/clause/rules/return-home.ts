/** "rientrerà a Roma giovedì", "returns home on Friday": the trip of the person before the word ends that day. */
import type { Clause } from '../clause';
import { hits } from '../triggers';

export function returnHome(c: Clause): undefined {
  const { r, seg } = c;
  const returnHit = hits(seg, 'returnHome')[0];
  if (!returnHit || !seg.dates.length) return undefined;
  const lead = c.subjectBefore(returnHit.start).pop()?.person ?? c.latter ?? c.prevSubject ?? r.state.focus;
  if (lead) r.atoms.push({ kind: 'return', travellers: [lead], ...c.base(returnHit.start, false), date: r.dateNear(seg, returnHit.start) });
  return undefined;
}
