/**
 * Who held an office on a given day, and which of a person's offices was theirs that day. Days are
 * ISO strings, compared as text; a month or year alone covers its whole span.
 */
import { OFFICE_HOLDERS } from './index';
import { CONSORTS } from './consorts';
import type { OfficeHolder, OfficeKind, OfficeTerm } from './office-holder';

/** "2017" -> "2017-01-01" as a start, "2017-12-31" as an end; "2017-05" likewise. */
function bound(value: string, side: 'from' | 'to'): string {
  if (value.length === 10) return value;
  if (value.length === 7) return side === 'from' ? `${value}-01` : `${value}-31`;
  return side === 'from' ? `${value}-01-01` : `${value}-12-31`;
}

export function termCovers(term: OfficeTerm, day: string): boolean {
  return bound(term.from, 'from') <= day && (term.to === null || day <= bound(term.to, 'to'));
}

/** The person's term on `day`; else the nearest one before it; else their first; null without terms. */
export function termAt(terms: OfficeTerm[], day: string | null): OfficeTerm | null {
  if (!terms.length) return null;
  if (!day) return terms.find((t) => t.to === null) ?? terms[terms.length - 1];
  const covering = terms.filter((t) => termCovers(t, day));
  // A head of government who is also party leader: the ranked office wins.
  if (covering.length) return covering.find((t) => t.office !== 'other') ?? covering[0];
  const before = terms.filter((t) => bound(t.from, 'from') <= day).sort((a, b) => (a.from < b.from ? 1 : -1));
  return before[0] ?? terms[0];
}

let byOffice: Map<string, OfficeHolder[]> | null = null;

function officeKey(office: OfficeKind, place: string): string {
  return `${office}|${place}`;
}

/** The holder of a state office (country code) or an organisation's head (organisation name) on `day`. */
export function officeHolderAt(office: OfficeKind, place: string, day: string): OfficeHolder | null {
  if (!byOffice) {
    byOffice = new Map();
    for (const h of OFFICE_HOLDERS)
      for (const t of h.terms) {
        const key = officeKey(t.office, t.country ?? t.organization ?? '');
        const list = byOffice.get(key) ?? [];
        if (!list.includes(h)) list.push(h);
        byOffice.set(key, list);
      }
  }
  for (const h of byOffice.get(officeKey(office, place)) ?? [])
    if (h.terms.some((t) => t.office === office && (t.country ?? t.organization) === place && termCovers(t, day))) return h;
  return null;
}

/**
 * The one holder of an office of that kind on `day` whose surname is `surname` (folded): "Außenminister
 * Fischer" in 2001 is Joschka Fischer, not Heinz Fischer. Null when none or several fit.
 */
export function holderBySurname(surname: string, offices: ReadonlySet<OfficeKind>, day: string): OfficeHolder | null {
  if (!bySurname) {
    bySurname = new Map();
    for (const h of OFFICE_HOLDERS) {
      const last = h.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[\s-]+/).pop() ?? '';
      (bySurname.get(last) ?? bySurname.set(last, []).get(last)!).push(h);
    }
  }
  const fits = (bySurname.get(surname) ?? []).filter((h) => h.terms.some((t) => offices.has(t.office) && termCovers(t, day)));
  return fits.length === 1 ? fits[0] : null;
}

let bySurname: Map<string, OfficeHolder[]> | null = null;

/** The spouse of the monarch of `country` on `day` ("the King and Queen" are the two), or null. */
export function consortAt(country: string, day: string): OfficeHolder | null {
  return CONSORTS.find((h) => h.terms.some((t) => t.country === country && termCovers(t, day))) ?? null;
}
