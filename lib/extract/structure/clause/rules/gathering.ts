/**
 * "EU foreign ministers meet in Brussels, chaired by X": a plural group as the subject of a
 * meeting verb is a gathering, and the people the clause names attend it. Leaders gathering make
 * a summit; ministers, a conference. When a summit is open on those days ("Il Consiglio europeo
 * ... I capi di stato e di governo si riuniscono a Bruxelles il 20 e 21 ottobre"), the gathering
 * is that summit and gives its days and place.
 */
import { daysBetween } from '../../../dates/resolve-dates';
import type { SummitAtom } from '../../atoms';
import type { Clause, ClauseEnd } from '../clause';

/** A plural group heading the clause: "EU foreign ministers", "i leader del G7", "les ministres", "die Außenminister der EU", "die EU-Außenminister". */
const GROUP_SUBJECT = /^[\s,:;]*(?:[\p{L}\p{N}'-]+\s+){0,4}?(?:[\p{L}\p{N}]+-)?(?:ministers|leaders|heads of state(?: and(?: of)? government)?|heads of government|ministri|(?<=(?:^|\s)(?:i|dei|ai|tra i|fra i)\s)leader|capi di stato(?: e di governo)?|ministres|dirigeants|chefs d'etat(?: et de gouvernement)?|staats- und regierungschefs|regierungschefs|au(?:ss|ß)enminister|verteidigungsminister|ministros|lideres|mandatarios|jefes de estado(?: y de gobierno)?|cancilleres)(?:\s+(?:of|of the|del|della|dei|degli|dell['’]|des|du|de la|de l['’]|der|de|de los)\s*(?:[\p{L}'’-]+\s+){0,3}?)?\s*$/u;

export function gathering(c: Clause): ClauseEnd | undefined {
  const { r, seg, s, meetHit } = c;
  const st = r.state;
  if (!meetHit || c.callHit || c.summitHit || c.denial || c.subjectBefore(meetHit.start).length) return undefined;
  const group = GROUP_SUBJECT.exec(r.a.folded.slice(seg.start, meetHit.start).replace(/^[\s\S]*[:,;]/, ''));
  if (!group) return undefined;
  const b = c.base(meetHit.start, true);
  const attendees = c.people.filter((p) => c.notCompanion(p)).map((p) => p.person);
  const cur = st.summit;
  if (b.date && cur?.date && (cur.dayAssumed || (b.date.start <= cur.date.end && b.date.end >= cur.date.start))) {
    if (cur.dayAssumed || daysBetween(b.date.end, b.date.start) > daysBetween(cur.date.end, cur.date.start)) cur.date = b.date;
    cur.dayAssumed = false;
    cur.place ??= b.place;
    for (const p of attendees) if (!cur.attendees.includes(p)) cur.attendees.push(p);
    r.addEvidence(cur, seg);
    st.summitParagraph = s.paragraph;
    return { subject: null, place: b.place };
  }
  const leaders = !/minist/.test(group[0]);
  if (!b.date || (!attendees.length && !leaders)) return undefined;
  const sm: SummitAtom = { kind: 'summit', attendees, ...b, conference: !leaders, declared: attendees.length > 0 };
  st.summit = sm;
  st.summitParagraph = s.paragraph;
  st.lastEvent = sm;
  r.atoms.push(sm);
  return { subject: null, place: b.place };
}
