import { slugify } from '../events/slug';
import type { NameField, NameOption } from '../timeline/filter-names';
import { fetchCountryOptions, fetchOrganisationOptions, fetchPeopleOptions } from './api-client';

/** Suggestions for a filter field: saved and known people, countries, saved organisations. */
export async function fetchNameOptions(field: NameField, q: string): Promise<NameOption[]> {
  if (field === 'country') return (await fetchCountryOptions(q)).countries.map((c) => ({ value: c.code, label: c.name }));
  if (field === 'org') return (await fetchOrganisationOptions(q)).organisations.map((o) => ({ value: o.slug, label: o.name }));
  return (await fetchPeopleOptions(q)).people.map((p) => ({ value: p.slug ?? slugify(p.name), label: p.name }));
}

export const nameOptionsKey = (field: NameField, q: string) => ['filter-name-options', field, q] as const;
