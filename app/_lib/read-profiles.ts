import { getDb } from '@/db/client';
import { listEvents } from '@/db/queries/events';
import { getPersonBySlug, type Person, type PersonWithOffices } from '@/db/queries/people';
import { findMergedInto, findPersonMerge } from '@/db/queries/person-merges';
import { searchOrganizations } from '@/db/queries/organisations';
import { buildOrganisationProfile, type OrganisationProfile } from '@/lib/events/organisation-profile';
import { buildCountryProfile, type CountryProfile } from '@/lib/events/country-profile';
import { formatCountryName, isCountryCode } from '@/lib/events/countries';
import { buildPersonProfile, type PersonProfile } from '@/lib/events/person-profile';
import { nowUtcIso } from '@/lib/time/zones';

export interface PersonPage {
  person: PersonWithOffices;
  profile: PersonProfile;
}

export interface CountryPage {
  code: string;
  name: string;
  profile: CountryProfile;
}

/** The person page's data (page and API alike), or null for an unknown slug. */
export function readPersonPage(slug: string): PersonPage | null {
  const db = getDb();
  const person = getPersonBySlug(db, slug);
  if (!person) return null;
  const events = listEvents(db, { person: [person.slug] });
  return { person, profile: buildPersonProfile(person.id, events, nowUtcIso().slice(0, 10), [person.name, ...person.aliases]) };
}

/**
 * The person an unknown slug became by a merge (issue 15), for the redirects of the person's page,
 * API and feed; null when the slug was never merged (or is someone's own again).
 */
export function readMergedPerson(slug: string): Person | null {
  const db = getDb();
  return getPersonBySlug(db, slug) ? null : findMergedInto(db, slug);
}

/** The name of the person just merged into this one (the page's `?merged=` after a merge), or null. */
export function readMergedName(person: Person, mergedSlug: string | undefined): string | null {
  if (!mergedSlug) return null;
  const merge = findPersonMerge(getDb(), mergedSlug);
  return merge && findMergedInto(getDb(), mergedSlug)?.id === person.id ? merge.fromName : null;
}

/** The country page's data for an ISO code in any case, or null when it names no country. */
export function readCountryPage(rawCode: string): CountryPage | null {
  const code = rawCode.toUpperCase();
  if (!isCountryCode(code)) return null;
  const events = listEvents(getDb(), { country: [code] });
  return { code, name: formatCountryName(code) ?? code, profile: buildCountryProfile(code, events, nowUtcIso().slice(0, 10)) };
}

export interface OrganisationPage {
  name: string;
  slug: string;
  profile: OrganisationProfile;
}

/** The organisation page's data, or null when no saved participant represents an organisation of that slug. */
export function readOrganisationPage(slug: string): OrganisationPage | null {
  const db = getDb();
  const org = searchOrganizations(db, slug, 500).find((o) => o.slug === slug);
  if (!org) return null;
  const events = listEvents(db, { org: [org.slug] });
  return { name: org.name, slug: org.slug, profile: buildOrganisationProfile(org.name, events, nowUtcIso().slice(0, 10)) };
}
