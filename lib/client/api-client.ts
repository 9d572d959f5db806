import type { ClashDismissalJson } from '../events/clash-dismissals';
import type { ClashEventSummary, ClashMark } from '../events/clash-marks';
import type { DraftEvent, ExtractionResult } from '../events/event-record';
import type { EventJson } from '../events/event-json';
import type { EventRelations } from '../events/event-link';
import type { EventInput } from '../events/event-input-schema';
import type { FieldErrors } from '../events/field-errors';
import type { PersonMergeJson } from '../events/person-merge';
import { formatEventFilter, type EventFilter } from '../events/event-filter';

/** An API answer other than success, with what the server said about each field. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: FieldErrors = {},
    readonly current: EventJson | null = null,
  ) {
    super(message);
  }
}

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { 'content-type': 'application/json', ...init?.headers } });
  } catch {
    throw new ApiError(0, 'The server could not be reached. Your changes are kept here; try again.');
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    throw new ApiError(
      response.status,
      typeof body.error === 'string' ? body.error : `The server answered ${response.status}`,
      (body.fields as FieldErrors) ?? {},
      (body.current as EventJson) ?? null,
    );
  }
  return body as T;
}

export function fetchEvents(filter: EventFilter): Promise<{ events: EventJson[] }> {
  return request(`/api/events?${formatEventFilter(filter)}`);
}

/** An event with what it is part of and its parts (absent where a save's answer was cached instead). */
export function fetchEvent(id: number): Promise<{ event: EventJson } & Partial<EventRelations>> {
  return request(`/api/events/${id}`);
}

export type SavedClash = ClashMark;

/** A pair marked not a clash, seen from one of its events: the other one, who, when and why. */
export type EventDismissalJson = ClashDismissalJson & { event: ClashEventSummary };

/** The saved events one saved event clashes with, and the pairs marked not a clash (issue 15). */
export function fetchEventClashes(id: number): Promise<{ clashes: SavedClash[]; dismissals: EventDismissalJson[] }> {
  return request(`/api/events/${id}/clashes`);
}

/** For the timeline: each event of an open clash in the filter's window, with the other events. */
export function fetchClashMarks(filter: EventFilter): Promise<{ marks: Record<string, ClashMark[]> }> {
  return request(`/api/clashes/marks?${formatEventFilter(filter)}`);
}

export function dismissClash(a: number, b: number, reason: string): Promise<{ dismissal: ClashDismissalJson }> {
  return request('/api/clashes/dismissals', { method: 'POST', body: JSON.stringify({ a, b, reason: reason.trim() || null }) });
}

export function undoClashDismissal(a: number, b: number): Promise<unknown> {
  return request(`/api/clashes/dismissals?a=${a}&b=${b}`, { method: 'DELETE' });
}

export function postEvent(input: EventInput): Promise<{ event: EventJson }> {
  return request('/api/events', { method: 'POST', body: JSON.stringify(input) });
}

export function patchEvent(id: number, version: number, patch: Partial<EventInput>): Promise<{ event: EventJson }> {
  return request(`/api/events/${id}`, { method: 'PATCH', body: JSON.stringify({ ...patch, version }) });
}

export interface RevisionJson {
  id: number;
  version: number;
  actor: string;
  action: string;
  reason: string | null;
  changes: Record<string, unknown>;
  createdAt: string;
}

export function fetchRevisions(id: number): Promise<{ revisions: RevisionJson[]; titles: Record<number, string> }> {
  return request(`/api/events/${id}/revisions`);
}

export interface ChangesJson {
  since: string;
  changes: Array<{ event: EventJson; revisions: RevisionJson[] }>;
  /** people merged into another since then (issue 15) */
  merges: PersonMergeJson[];
}

export function fetchChanges(params: URLSearchParams): Promise<ChangesJson> {
  return request(`/api/changes?${params}`);
}

/** A saved person by slug (an old slug of a merged person answers whom it became), with how many events they have. */
export async function fetchPersonSummary(slug: string): Promise<{ name: string; slug: string; events: number }> {
  const body = await request<{ person: { name: string; slug: string }; upcoming: unknown[]; past: unknown[] }>(`/api/people/${encodeURIComponent(slug)}`);
  return { name: body.person.name, slug: body.person.slug, events: body.upcoming.length + body.past.length };
}

/** Merges the person `slug` into `into` (a slug or a saved name); the answer names the person merged into. */
export function mergePersonInto(slug: string, into: string): Promise<{ merge: PersonMergeJson; person: { slug: string; name: string; aliases: string[] }; location: string }> {
  return request(`/api/people/${encodeURIComponent(slug)}/merge`, { method: 'POST', body: JSON.stringify({ into }) });
}

export interface DuplicateCandidateJson {
  score: number;
  reasons: string[];
  event: EventJson;
}

export function extractArticle(body: { text: string; published?: string | null; lang?: string | null }): Promise<ExtractionResult> {
  return request('/api/extract', { method: 'POST', body: JSON.stringify(body) });
}

/** What the server read from a page: the article's text and what the page says of itself. */
export interface PageArticleJson {
  url: string;
  title: string | null;
  text: string;
  publisher: string | null;
  published: string | null;
  language: string | null;
}

export function extractFromUrl(url: string): Promise<ExtractionResult & { article: PageArticleJson }> {
  return request('/api/extract', { method: 'POST', body: JSON.stringify({ url }) });
}

export function findDuplicates(drafts: DraftEvent[]): Promise<{ matches: Array<{ index: number; id: string | null; candidates: DuplicateCandidateJson[] }> }> {
  return request('/api/duplicates', { method: 'POST', body: JSON.stringify({ events: drafts }) });
}

export function saveIngest(body: unknown): Promise<{ created: EventJson[]; merged: EventJson[]; skipped: number }> {
  return request('/api/ingest', { method: 'POST', body: JSON.stringify(body) });
}

export interface FeedTokenJson {
  token: string;
  name: string;
  filter: string;
  createdAt: string;
}

export function fetchFeedTokens(): Promise<{ feeds: FeedTokenJson[] }> {
  return request('/api/feeds');
}

export function createFeedToken(name: string, filter: string): Promise<{ feed: FeedTokenJson }> {
  return request('/api/feeds', { method: 'POST', body: JSON.stringify({ name, filter }) });
}

export function revokeFeedToken(token: string): Promise<{ revoked: string }> {
  return request(`/api/feeds/${encodeURIComponent(token)}`, { method: 'DELETE' });
}

export interface PlaceOption {
  city: string | null;
  country: string;
  timezone: string | null;
}

export interface PersonOption {
  name: string;
  /** the slug the person is (or would be) saved under */
  slug?: string;
  role: string | null;
  organization: string | null;
  country: string | null;
}

export function fetchPlaceOptions(q: string): Promise<{ places: PlaceOption[] }> {
  return request(`/api/places?q=${encodeURIComponent(q)}&limit=10`);
}

export function fetchPeopleOptions(q: string): Promise<{ people: PersonOption[] }> {
  return request(`/api/people?q=${encodeURIComponent(q)}&limit=10`);
}

export function fetchCountryOptions(q: string): Promise<{ countries: Array<{ code: string; name: string }> }> {
  return request(`/api/countries?q=${encodeURIComponent(q)}&limit=10`);
}

export function fetchOrganisationOptions(q: string): Promise<{ organisations: Array<{ slug: string; name: string }> }> {
  return request(`/api/organisations?q=${encodeURIComponent(q)}&limit=10`);
}

export interface MeJson {
  secured: boolean;
  readAccess: 'public' | 'signed-in';
  publicUrl: string | null;
  user: { id: string; email: string; name: string; role: 'viewer' | 'editor' | 'admin'; feedKey: string | null } | null;
}

export function fetchMe(): Promise<MeJson> {
  return request('/api/me');
}

export function regenerateFeedKey(): Promise<{ feedKey: string }> {
  return request('/api/me/feed-key', { method: 'POST' });
}

export interface AdminUserJson {
  id: string;
  name: string;
  email: string;
  role: 'viewer' | 'editor' | 'admin';
  createdAt: string;
}

export interface ApiTokenJson {
  id: number;
  name: string;
  role: string;
  prefix: string;
  createdBy: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export const adminApi = {
  users: (): Promise<{ users: AdminUserJson[] }> => request('/api/admin/users'),
  createUser: (body: { email: string; password: string; role: string; name?: string }): Promise<{ user: AdminUserJson }> =>
    request('/api/admin/users', { method: 'POST', body: JSON.stringify(body) }),
  setRole: (id: string, role: string): Promise<unknown> => request(`/api/admin/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: JSON.stringify({ role }) }),
  deleteUser: (id: string): Promise<unknown> => request(`/api/admin/users/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  tokens: (): Promise<{ tokens: ApiTokenJson[] }> => request('/api/admin/tokens'),
  createToken: (body: { name: string; role: string }): Promise<{ token: string; record: ApiTokenJson }> =>
    request('/api/admin/tokens', { method: 'POST', body: JSON.stringify(body) }),
  revokeToken: (id: number): Promise<unknown> => request(`/api/admin/tokens/${id}`, { method: 'DELETE' }),
  settings: (): Promise<{ readAccess: 'public' | 'signed-in' }> => request('/api/admin/settings'),
  setReadAccess: (readAccess: string): Promise<unknown> => request('/api/admin/settings', { method: 'PATCH', body: JSON.stringify({ readAccess }) }),
};

export interface DraftClashJson {
  person: { id: number; name: string; slug: string };
  event: EventJson;
}

/** Saved events an event as typed would clash with (a warning before save; nothing is written). */
export function checkClashes(event: EventInput, id: number | null): Promise<{ clashes: DraftClashJson[] }> {
  return request('/api/clashes/check', { method: 'POST', body: JSON.stringify({ event, id }) });
}
