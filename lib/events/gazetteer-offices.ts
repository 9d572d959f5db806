/**
 * The offices a person held by the gazetteer of office holders (lib/extract's office history),
 * with their dates: what the person page shows beside the offices saved with their events.
 */
import { OFFICE_HOLDERS, type OfficeTerm } from '../extract/people/office-history';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[-‐]/g, ' ').replace(/\s+/g, ' ').trim();

/** The terms of the office holder whose name or an alias is one of `names` (folded), earliest first; none when no one or several match. */
export function gazetteerOfficesOf(names: string[]): OfficeTerm[] {
  const wanted = new Set(names.map(fold).filter((n) => n.includes(' ')));
  const holders = OFFICE_HOLDERS.filter((h) => [h.name, ...h.aliases].some((n) => wanted.has(fold(n))));
  if (holders.length !== 1) return [];
  return [...holders[0].terms].sort((a, b) => a.from.localeCompare(b.from));
}
