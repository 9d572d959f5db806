/**
 * Companions: "accompanied by A and B", "X, who was to travel with him". Finds who goes with whom
 * for the later rules; a delegation of the hosts' country ("La délégation belge était composée de
 * A, B et C" on a Congolese president's visit) joins the meeting just told instead.
 */
import type { TriggerKind } from '../../analyze-text';
import type { Clause } from '../clause';
import { hits } from '../triggers';
import { delegationCountry } from '../../host-delegation';

export function companions(c: Clause): undefined {
  const { r, seg, people } = c;
  const st = r.state;
  const acc = hits(seg, 'accompany')[0];
  c.accompanyHit = acc;
  if (!acc) return undefined;
  const nextTrigger = ['meet', 'travel', 'arrive', 'call'].flatMap((k) => hits(seg, k as TriggerKind)).filter((h) => h.start > acc.end).map((h) => h.start);
  const stopAt = nextTrigger.length ? Math.min(...nextTrigger) : seg.end;
  let found = people.filter((p) => p.start >= acc.end && p.start < stopAt).map((p) => p.person);
  let lead = people.filter((p) => p.end <= acc.start).pop()?.person ?? c.latter ?? c.prevSubject ?? st.focus;
  if (!found.length && /(?:with|con|avec|mit)\s+(?:him|her|lui|lei|ihm|ihr|el|ella)/.test(r.a.folded.slice(acc.start, acc.end + 6))) {
    // "Trade Minister X, who was to travel with him": the companion is named before.
    const before = people.filter((p) => p.end <= acc.start).pop()?.person;
    lead = st.focus && st.focus !== before ? st.focus : null;
    found = before ? [before] : [];
    c.pronounCompanion = before ?? null;
  }
  if (lead) found = found.filter((p) => p !== lead);
  const side = delegationCountry(r.a.folded, acc);
  const met = st.lastEvent;
  const hostSide = side && lead && side !== lead.country && (lead.country || met?.place?.country === side || (met?.kind === 'meeting' && met.people.some((p) => p.country === side)));
  if (hostSide && found.length) {
    if (met?.kind === 'meeting' && met.people.includes(lead!)) for (const p of found) if (!met.people.includes(p)) met.people.push(p);
    found = [];
  }
  c.companions = found;
  c.companionLead = lead;
  return undefined;
}
