/**
 * Companions: "accompanied by A and B", "X, who was to travel with him". Finds who goes with whom
 * for the later rules; a delegation of the hosts' country ("La délégation belge était composée de
 * A, B et C" on a Congolese president's visit) joins the meeting just told instead.
 */
import type { TriggerKind } from '../../analysis';
import type { Clause } from '../clause';
import { hits } from '../triggers';
import { delegationCountry } from '../../host-delegation';

/** Words of company that can open a clause before its subject: "Together with his wife X, Macron...". */
const OPENING_WITH = /^(?:together with|junto a|junto con|insieme a|insieme al|insieme alla|insieme allo|assieme a|assieme al|assieme alla|gemeinsam mit|aux cotes de|in begleitung)$/;
const OPENING_ONLY = /^gemeinsam mit$/;
/** The active verb: its subjects are the companions ("A and B accompany X"), its object the lead. */
const ACTIVE_ACCOMPANY = /^(?:accompany|accompanies|will accompany|acompanan a|acompana a|acompanaran a|acompanara a|accompagnano|accompagneranno|accompagnera|accompagnent|accompagneront|begleiten|begleitet)$/;
const GERMAN_FINITE = /[\s,](?:wurde|wurden|wird|werden|ist|sind|war|waren|hat|haben|hatte|hatten|traf|trafen|reiste|reisten|kam|kamen|besuchte|besuchten|flog|flogen)\s/;
/** "begleitet von", "accompagné par": a passive names the companions after its agent word. */
const AGENT_AFTER = /^\s*(?:von|vom|par|de|du|des|by|da|dal|dalla|por)(?:\s|$)/;

export function companions(c: Clause): undefined {
  const { r, seg, people } = c;
  const st = r.state;
  // "empfängt sie gemeinsam mit Gabriel und Steinmeier die Regierungschefs": co-hosts, not companions,
  // unless the words open the clause ("Gemeinsam mit seiner Lebensgefährtin X wurde Gauck empfangen").
  const opensClause = (h: { start: number }) => /^[\s,]*$/.test(r.a.folded.slice(seg.start, h.start));
  const acc = hits(seg, 'accompany').find((h) => !OPENING_ONLY.test(h.phrase) || opensClause(h));
  c.accompanyHit = acc;
  if (!acc) return undefined;
  const nextTrigger = ['meet', 'travel', 'arrive', 'call'].flatMap((k) => hits(seg, k as TriggerKind)).filter((h) => h.start > acc.end).map((h) => h.start);
  const stopAt = nextTrigger.length ? Math.min(...nextTrigger) : seg.end;
  let found = people.filter((p) => p.start >= acc.end && p.start < stopAt).map((p) => p.person);
  let lead = people.filter((p) => p.end <= acc.start).pop()?.person ?? c.latter ?? c.prevSubject ?? st.focus;
  const before = people.filter((p) => p.end <= acc.start);
  const after = people.filter((p) => p.start >= acc.end && p.start < stopAt);
  // German puts the finite verb where other languages put the comma: "Gemeinsam mit X wurde Gauck empfangen".
  const comma = r.a.lex.lang === 'de' ? (GERMAN_FINITE.exec(r.a.folded.slice(acc.end, stopAt))?.index ?? -1) + (acc.end) : r.a.folded.indexOf(',', acc.end);
  if (!before.length && OPENING_WITH.test(acc.phrase) && opensClause(acc) && comma > 0 && comma < stopAt && after.some((p) => p.start > comma)) {
    // "Together with his wife Brigitte, Macron arrived", "Junto a su esposa X, Sánchez llegó": the
    // companions stand in the opening phrase, the lead after its comma.
    found = after.filter((p) => p.end <= comma).map((p) => p.person);
    lead = after.find((p) => p.start > comma)!.person;
  } else if (before.length && after.length && ACTIVE_ACCOMPANY.test(acc.phrase) && !AGENT_AFTER.test(r.a.folded.slice(acc.end, after[0].start))) {
    // "Albares y Cuerpo acompañan a los Reyes", "Blinken and Raimondo accompany Biden": the
    // subjects go with the person after the verb.
    found = before.map((p) => p.person);
    lead = after[0].person;
  }
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
