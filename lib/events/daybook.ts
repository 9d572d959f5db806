/**
 * The daybook: a news diary's list of what happens where on given days — by day, then by country
 * and city, a visit with its meetings beneath it — and its CSV form for spreadsheets.
 */
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { EventRecord } from './event-record';
import { eventFilterSchema, FILTER_KEYS, type EventFilter } from './event-filter';
import { formatCountryName } from './countries';
import { isLocalDate } from '../time/zones';

export const MAX_DAYBOOK_DAYS = 31;

export interface DaybookQuery {
  date: string;
  days: number;
  /** the timeline's filters, without dates */
  filter: EventFilter;
}

const daybookSchema = z.object({
  date: z.string().trim().refine(isLocalDate, 'date must be a date (YYYY-MM-DD)'),
  days: z.coerce.number({ error: 'days must be a number' }).int('days must be a whole number').min(1, 'days must be at least 1').max(MAX_DAYBOOK_DAYS, `days must be at most ${MAX_DAYBOOK_DAYS}`),
});

/** The days and filters of a daybook URL; `date` defaults to tomorrow (UTC), `days` to 1. */
export function parseDaybookQuery(params: URLSearchParams, today: string) {
  const raw: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value !== null && value.trim() !== '' && key !== 'from' && key !== 'to') raw[key] = value;
  }
  const filter = eventFilterSchema.safeParse(raw);
  const range = daybookSchema.safeParse({ date: params.get('date')?.trim() || DateTime.fromISO(today).plus({ days: 1 }).toISODate(), days: params.get('days')?.trim() || '1' });
  if (!filter.success || !range.success) return { success: false as const, issues: [...(range.success ? [] : range.error.issues), ...(filter.success ? [] : filter.error.issues)] };
  const query: DaybookQuery = { ...range.data, filter: filter.data };
  return { success: true as const, data: query };
}

/** The filter that lists the daybook's events: its days as `from`/`to`. */
export function daybookFilter(query: DaybookQuery): EventFilter {
  return { ...query.filter, from: query.date, to: lastDay(query) };
}

export function lastDay(query: DaybookQuery): string {
  return DateTime.fromISO(query.date).plus({ days: query.days - 1 }).toISODate()!;
}

export interface DaybookEntry {
  event: EventRecord;
  /** meetings and other events of a visit or summit on the same day, beneath it */
  children: EventRecord[];
}

export interface DaybookPlace {
  country: string | null;
  countryName: string;
  city: string | null;
  entries: DaybookEntry[];
}

export interface DaybookDay {
  day: string;
  places: DaybookPlace[];
}

const startOf = (e: EventRecord) => e.startUtc ?? `${e.startDate}T00:00:00Z`;

/**
 * Each day's events, grouped by country (by name) then city, in time order; an event listed under
 * its parent when the parent is listed that day too. Cancelled events stay, marked by their status.
 */
export function buildDaybook(events: EventRecord[], query: DaybookQuery): DaybookDay[] {
  const out: DaybookDay[] = [];
  for (let i = 0; i < query.days; i++) {
    const day = DateTime.fromISO(query.date).plus({ days: i }).toISODate()!;
    const onDay = events.filter((e) => e.startDate <= day && e.endDate >= day).sort((a, b) => startOf(a).localeCompare(startOf(b)) || a.id - b.id);
    const ids = new Set(onDay.map((e) => e.id));
    const byPlace = new Map<string, DaybookPlace>();
    const entries = new Map<number, DaybookEntry>();
    for (const event of onDay) {
      if (event.parentId !== null && ids.has(event.parentId)) continue;
      const key = `${event.place?.country ?? ''}|${event.place?.city ?? ''}`;
      let place = byPlace.get(key);
      if (!place) {
        place = { country: event.place?.country ?? null, countryName: formatCountryName(event.place?.country) ?? 'Place not known', city: event.place?.city ?? null, entries: [] };
        byPlace.set(key, place);
      }
      const entry = { event, children: [] };
      place.entries.push(entry);
      entries.set(event.id, entry);
    }
    for (const event of onDay) if (event.parentId !== null && ids.has(event.parentId)) entries.get(event.parentId)?.children.push(event);
    const places = [...byPlace.values()].sort((a, b) => a.countryName.localeCompare(b.countryName) || (a.city ?? '').localeCompare(b.city ?? ''));
    out.push({ day, places });
  }
  return out;
}

/** The CSV's columns, in order (documented in the README). */
export const DAYBOOK_CSV_COLUMNS = ['id', 'start', 'end', 'local_time', 'utc_time', 'timezone', 'kind', 'title', 'status', 'certainty', 'city', 'country', 'participants', 'part_of', 'sources'] as const;

function cell(value: string): string {
  // Quoted when it holds a separator, a quote or a line break; a leading =, +, - or @ is prefixed
  // with ' so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per event (each once, however many days it spans), UTF-8 with a BOM for spreadsheets. */
export function daybookCsv(events: EventRecord[]): string {
  const titles = new Map(events.map((e) => [e.id, e.title]));
  const rows = [...events]
    .sort((a, b) => startOf(a).localeCompare(startOf(b)) || a.id - b.id)
    .map((e) => {
      const local = e.startUtc && e.timezone ? DateTime.fromISO(e.startUtc, { zone: 'utc' }).setZone(e.timezone).toFormat('HH:mm') : '';
      const utc = e.startUtc ? DateTime.fromISO(e.startUtc, { zone: 'utc' }).toFormat("yyyy-LL-dd'T'HH:mm'Z'") : '';
      const participants = e.participants.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; ');
      const values = [String(e.id), e.startDate, e.endDate, local, utc, e.timezone ?? '', e.kind, e.title, e.status, e.certainty, e.place?.city ?? '', e.place?.country ?? '', participants, e.parentId !== null ? titles.get(e.parentId) ?? String(e.parentId) : '', e.sources.map((s) => s.url).filter(Boolean).join(' ')];
      return values.map(cell).join(',');
    });
  return '\uFEFF' + [DAYBOOK_CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
