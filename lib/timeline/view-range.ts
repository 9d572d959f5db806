/**
 * The visible stretch of time, in epoch milliseconds, and the moves an analyst makes on it.
 * The axis runs in the viewer's own zone: an all-day event covers its local days from midnight to
 * midnight as the viewer's calendar shows them, a timed event sits at its instant.
 */
export interface ViewRange {
  start: number;
  end: number;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Named zoom levels: the visible span in days. Wheel and pinch zoom continuously between them. */
export const ZOOM_LEVELS = { day: 1, week: 7, month: 31, quarter: 92, year: 366 } as const;
export type ZoomLevel = keyof typeof ZOOM_LEVELS;
export const MIN_SPAN_MS = ZOOM_LEVELS.day * DAY_MS;
export const MAX_SPAN_MS = ZOOM_LEVELS.year * DAY_MS;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Local midnight of a calendar day. This runs for every event on every data load, so it uses the
 * platform's local-time constructor (DST-correct, ~50× cheaper than a luxon parse) rather than luxon.
 */
export function localDayToMs(day: string): number {
  const match = LOCAL_DATE.exec(day);
  if (!match) return Number.NaN;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
}

/** The local calendar day (YYYY-MM-DD) an instant falls on. */
export function msToLocalDay(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Adds whole calendar days (so a DST change does not shift midnight). */
export function addLocalDays(day: string, days: number): string {
  const match = LOCAL_DATE.exec(day);
  if (!match) return day;
  return msToLocalDay(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days).getTime());
}

/** `from`..`to` (inclusive local days) -> the range from the first midnight to the midnight after `to`. */
export function rangeFromDays(from: string, to: string): ViewRange {
  return { start: localDayToMs(from), end: localDayToMs(addLocalDays(to, 1)) };
}

/** The inclusive local days a range touches; what the URL and the API's filter carry. */
export function daysFromRange(range: ViewRange): { from: string; to: string } {
  return { from: msToLocalDay(range.start), to: msToLocalDay(Math.max(range.start, range.end - 1)) };
}

function clampSpan(span: number): number {
  return Math.min(MAX_SPAN_MS, Math.max(MIN_SPAN_MS, span));
}

/** Zooms by a factor (>1 shows more time) keeping `anchor` at the same place on screen. */
export function zoomBy(range: ViewRange, factor: number, anchor: number = (range.start + range.end) / 2): ViewRange {
  const span = range.end - range.start;
  const next = clampSpan(span * factor);
  const ratio = span > 0 ? (anchor - range.start) / span : 0.5;
  const start = Math.round(anchor - ratio * next);
  return { start, end: start + Math.round(next) };
}

/** Shows a named span of days centred where the view is centred now. */
export function zoomTo(range: ViewRange, level: ZoomLevel): ViewRange {
  const span = clampSpan(ZOOM_LEVELS[level] * DAY_MS);
  const center = (range.start + range.end) / 2;
  const start = Math.round(center - span / 2);
  return { start, end: start + span };
}

/** Moves the view by a fraction of its span (negative: back in time). */
export function panBy(range: ViewRange, fraction: number): ViewRange {
  const delta = Math.round((range.end - range.start) * fraction);
  return { start: range.start + delta, end: range.end + delta };
}

/** Moves the view by a number of milliseconds (drag). */
export function shiftBy(range: ViewRange, deltaMs: number): ViewRange {
  return { start: range.start + deltaMs, end: range.end + deltaMs };
}

/** Keeps the span, puts `instant` in the middle. */
export function centerOn(range: ViewRange, instant: number): ViewRange {
  const span = range.end - range.start;
  const start = Math.round(instant - span / 2);
  return { start, end: start + span };
}

/** The named level closest to the current span (on a log scale), for the zoom buttons' pressed state. */
export function nearestZoomLevel(range: ViewRange): ZoomLevel {
  const days = (range.end - range.start) / DAY_MS;
  let best: ZoomLevel = 'month';
  let bestDistance = Infinity;
  for (const [level, span] of Object.entries(ZOOM_LEVELS) as Array<[ZoomLevel, number]>) {
    const distance = Math.abs(Math.log(days / span));
    if (distance < bestDistance) {
      best = level;
      bestDistance = distance;
    }
  }
  return best;
}

/** Whether [start, end) overlaps the range. */
export function intersects(range: ViewRange, start: number, end: number): boolean {
  return end > range.start && start < range.end;
}
