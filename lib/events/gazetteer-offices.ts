/**
 * The offices a person held by the gazetteer of office holders (lib/extract's office history),
 * with their dates: what the person page shows beside the offices saved with their events.
 */
import { OFFICE_HOLDERS, type OfficeHolder, type OfficeTerm } from '../extract/people/office-history';
import { foldName } from './name-variants';

let byName: Map<string, OfficeHolder[]> | null = null;

/** Holders by each folded full name and alias (built once: every person page asks). */
function holdersByName(): Map<string, OfficeHolder[]> {
  if (byName) return byName;
  byName = new Map();
  for (const h of OFFICE_HOLDERS)
    for (const n of new Set([h.name, ...h.aliases].map(foldName))) (byName.get(n) ?? byName.set(n, []).get(n)!).push(h);
  return byName;
}

/** The terms of the office holder whose name or an alias is one of `names` (folded), earliest first; none when no one or several match. */
export function gazetteerOfficesOf(names: string[]): OfficeTerm[] {
  const index = holdersByName();
  const holders = new Set(names.map(foldName).filter((n) => n.includes(' ')).flatMap((n) => index.get(n) ?? []));
  if (holders.size !== 1) return [];
  return [...[...holders][0].terms].sort((a, b) => a.from.localeCompare(b.from));
}
