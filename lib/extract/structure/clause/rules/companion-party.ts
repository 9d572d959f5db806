/** Companions told apart from any dated stop ("accompanied by A and B") go with the whole trip of the person they accompany. */
import type { Clause } from '../clause';

export function companionParty(c: Clause): undefined {
  const lead = c.companionLead;
  if (!lead || !c.companions.length || c.stopLevelCompanions) return undefined;
  c.r.atoms.push({ kind: 'companions', leader: lead, companions: c.companions, ...c.base(c.accompanyHit!.start, true) });
  c.subject = c.subject ?? lead;
  return undefined;
}
