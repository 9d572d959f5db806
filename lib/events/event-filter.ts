import { z } from 'zod';
import { EVENT_CERTAINTIES, EVENT_KINDS, EVENT_STATUSES, type EventCertainty, type EventKind, type EventStatus } from './event-record';
import { isLocalDate } from '../time/zones';

/** The filter shared by the API, the timeline's URL and `/feeds/view.ics`. */
export interface EventFilter {
  from?: string;
  to?: string;
  person?: string[];
  country?: string[];
  org?: string[];
  kind?: EventKind[];
  status?: EventStatus[];
  certainty?: EventCertainty[];
  q?: string;
}

export const FILTER_KEYS = ['from', 'to', 'person', 'country', 'org', 'kind', 'status', 'certainty', 'q'] as const;

const list = <T extends z.ZodType<string, string>>(item: T, label: string) =>
  z
    .string()
    .max(2000, `${label} is too long`)
    .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(item).max(50, `At most 50 values for ${label}`));

const day = (label: string) =>
  z.string().trim().refine(isLocalDate, `${label} must be a date (YYYY-MM-DD)`);

export const eventFilterSchema = z
  .object({
    from: day('from').optional(),
    to: day('to').optional(),
    person: list(z.string().regex(/^[\p{Ll}\p{N}-]{1,80}$/u, 'person must be a slug such as mark-rutte'), 'person').optional(),
    country: list(
      z.string().transform((v) => v.toUpperCase()).pipe(z.string().regex(/^[A-Z]{2}$/, 'country must be a two-letter code such as US')),
      'country',
    ).optional(),
    org: list(z.string().regex(/^[\p{Ll}\p{N}-]{1,80}$/u, 'org must be a slug such as nato'), 'org').optional(),
    kind: list(z.enum(EVENT_KINDS, { error: `kind must be one of ${EVENT_KINDS.join(', ')}` }), 'kind').optional(),
    status: list(z.enum(EVENT_STATUSES, { error: `status must be one of ${EVENT_STATUSES.join(', ')}` }), 'status').optional(),
    certainty: list(z.enum(EVENT_CERTAINTIES, { error: `certainty must be one of ${EVENT_CERTAINTIES.join(', ')}` }), 'certainty').optional(),
    q: z.string().trim().max(200, 'q must be at most 200 characters').optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'to must not be before from', path: ['to'] });

/** Reads the filter from URL search parameters; empty parameters count as absent. */
export function parseEventFilter(params: URLSearchParams) {
  const raw: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value !== null && value.trim() !== '') raw[key] = value;
  }
  return eventFilterSchema.safeParse(raw);
}

/** The canonical query string of a filter, so the same view always has the same URL. */
export function formatEventFilter(filter: EventFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : value);
  }
  return params;
}
