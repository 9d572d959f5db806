import type { Db } from '../client';
import { slugify } from '../../lib/events/slug';
import { listOrganizations } from './events';

export interface OrganisationOption {
  slug: string;
  name: string;
}

/**
 * Organisations saved with a participant whose name or slug contains the query ("nato", "Commission"),
 * each under the slug the `org` filter takes. The saved names are few (one per body), so they are
 * matched here rather than by a LIKE per spelling.
 */
export function searchOrganizations(db: Db, query: string, limit = 20): OrganisationOption[] {
  const needle = slugify(query);
  const bySlug = new Map<string, OrganisationOption>();
  for (const name of listOrganizations(db)) {
    const slug = slugify(name);
    if (slug && slug.includes(needle) && !bySlug.has(slug)) bySlug.set(slug, { slug, name });
  }
  return [...bySlug.values()].slice(0, limit);
}
