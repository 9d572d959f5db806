/**
 * The timeline's person, country and organisation filters take what an analyst types — "Mark
 * Rutte", "Stati Uniti", "NATO" — while the URL keeps slugs and codes. This turns one typed value
 * into the URL's form, given the options the lookup found for it.
 */
import { slugify } from '../events/slug';

export type NameField = 'person' | 'country' | 'org';

export interface NameOption {
  /** what the URL takes: a slug, or a country's code */
  value: string;
  /** the name shown in suggestions */
  label: string;
}

export type Resolved = { value: string } | { error: string };

const NOUN: Record<NameField, string> = { person: 'person', country: 'country', org: 'organisation' };
const PLURAL: Record<NameField, string> = { person: 'people', country: 'countries', org: 'organisations' };

/** Typed as the URL itself takes it: a slug ("mark-rutte", "nato") or a country code ("US", "us"). */
export function urlForm(field: NameField, typed: string): string | null {
  const text = typed.trim();
  if (field === 'country') return /^[a-z]{2}$/i.test(text) ? text.toUpperCase() : null;
  return /^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)*$/u.test(text) && text.length <= 80 ? text : null;
}

/** One typed value against the options found for it: an exact name first, else the only option. */
export function resolveFilterName(field: NameField, typed: string, options: NameOption[]): Resolved {
  const text = typed.trim();
  const direct = urlForm(field, text);
  if (direct) return { value: direct };
  const key = slugify(text);
  const exact = options.filter((o) => slugify(o.label) === key || o.value === key);
  const picks = exact.length ? exact : options;
  const distinct = [...new Map(picks.map((o) => [o.value, o])).values()];
  if (distinct.length === 1) return { value: distinct[0].value };
  if (!distinct.length) return { error: `No ${NOUN[field]} called “${text}” is known. Pick one from the list as you type.` };
  const names = distinct.slice(0, 4).map((o) => o.label).join(', ');
  return { error: `Several ${PLURAL[field]} match “${text}” (${names}${distinct.length > 4 ? ', …' : ''}). Pick one from the list.` };
}

/** The comma-separated values of a filter field, trimmed, empty ones dropped. */
export function splitValues(text: string): string[] {
  return text.split(',').map((v) => v.trim()).filter(Boolean);
}
