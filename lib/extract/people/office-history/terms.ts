/**
 * Short constructors for the office-history data files. A `to` of null means still in office;
 * dates follow OfficeTerm (ISO day, or "YYYY-MM" / "YYYY" when only that much is known).
 */
import type { OfficeKind, OfficeTerm } from './office-holder';

function state(office: OfficeKind, defaultRole: string) {
  return (country: string, from: string, to: string | null = null, role: string = defaultRole): OfficeTerm => ({
    office,
    role,
    country,
    organization: null,
    from,
    to,
  });
}

/** Head of state of `country` ("President" unless a role is given). */
export const hs = state('head-of-state', 'President');
/** Head of government of `country` ("Prime Minister" unless a role is given). */
export const hg = state('head-of-government', 'Prime Minister');
/** Foreign minister of `country`. */
export const fm = state('foreign-minister', 'Minister of Foreign Affairs');
/** Defence minister of `country`. */
export const dm = state('defence-minister', 'Minister of Defence');
/** Another state office (vice-president, party leader, commander...): not checked for overlaps. */
export const ot = (country: string, role: string, from: string, to: string | null = null): OfficeTerm => ({
  office: 'other',
  role,
  country,
  organization: null,
  from,
  to,
});
/** Head of an international organisation. */
export const org = (organization: string, role: string, from: string, to: string | null = null): OfficeTerm => ({
  office: 'organisation-head',
  role,
  country: null,
  organization,
  from,
  to,
});
/** Another office in an international organisation (commissioner, deputy...). */
export const orgOther = (organization: string, role: string, from: string, to: string | null = null): OfficeTerm => ({
  office: 'other',
  role,
  country: null,
  organization,
  from,
  to,
});
