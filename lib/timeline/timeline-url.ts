import { formatEventFilter, type EventFilter } from '../events/event-filter';

/** The parts of the view's URL that are the timeline's own, beside the shared event filter. */
export const VIEW_MODES = ['timeline', 'agenda'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

export function parseViewMode(value: string | null | undefined): ViewMode {
  return value === 'agenda' ? 'agenda' : 'timeline';
}

/** `lanes=all`: every lane of the loaded events, also those with nothing in the visible range. */
export function parseAllLanes(value: string | null | undefined): boolean {
  return value === 'all';
}

/** `sel=123`: the event whose details are open. Anything but a positive integer is no selection. */
export function parseSelection(value: string | null | undefined): number | null {
  if (!value || !/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return id > 0 ? id : null;
}

/**
 * Days from `from` to `today` when `from` is in the past, so `/feeds/view.ics?past=N` carries the
 * same events as the view (the feed otherwise keeps only the last 90 days). Never below the
 * feed's default, and within its 3650-day limit.
 */
export function feedPastDays(from: string, today: string): number {
  const a = Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1, Number(from.slice(8, 10)));
  const b = Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10)));
  const days = Math.ceil((b - a) / 86_400_000) + 1;
  return Math.min(3650, Math.max(90, Number.isFinite(days) ? days : 90));
}

/**
 * `/feeds/view.ics` for a view: its filters without `from`/`to`, which would freeze the
 * subscription at the view's last day, and `past` reaching back to the view's first day. Like the
 * other feeds it then rolls with time. `today` is empty while rendering on the server.
 */
export function buildViewFeedPath(filter: EventFilter, viewFrom: string, today: string): string {
  const params = formatEventFilter({ ...filter, from: undefined, to: undefined });
  if (today) params.set('past', String(feedPastDays(viewFrom, today)));
  const query = params.toString();
  return query ? `/feeds/view.ics?${query}` : '/feeds/view.ics';
}
