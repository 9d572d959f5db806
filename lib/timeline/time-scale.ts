import { scaleTime, type ScaleTime } from 'd3-scale';
import { DAY_MS, HOUR_MS, type ViewRange } from './view-range';

/**
 * The time axis. d3-scale does the mapping and, more to the point, picks calendar-aware ticks
 * (midnights, Mondays, first days of months) in the viewer's zone across DST changes, which a
 * hand-written linear map would get wrong; its cost is one tiny object per pan step.
 */
export type TimeScale = ScaleTime<number, number>;

export function createTimeScale(range: ViewRange, width: number): TimeScale {
  return scaleTime().domain([new Date(range.start), new Date(range.end)]).range([0, Math.max(1, width)]);
}

/** Pixels per millisecond, for positioning thousands of items without a function call each. */
export function pixelsPerMs(range: ViewRange, width: number): number {
  return Math.max(1, width) / Math.max(1, range.end - range.start);
}

export interface AxisTick {
  at: number;
  x: number;
  label: string;
}

const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric' });
const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short' });
const YEAR = new Intl.DateTimeFormat('en-GB', { year: 'numeric' });
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false });
const FULL_DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/** The median gap between consecutive positions (0 for fewer than two). */
function typicalGap(xs: number[]): number {
  const gaps = xs.slice(1).map((x, i) => x - xs[i]).sort((a, b) => a - b);
  return gaps.length ? gaps[Math.floor(gaps.length / 2)] : 0;
}

/**
 * Two rows of ticks: minor ticks (hours, days or months, about every 70 px) and major ticks that
 * name the larger unit (the day, month or year) so the axis always says where it is.
 */
export function computeAxisTicks(range: ViewRange, width: number, labelSpanMs: number = range.end - range.start): { minor: AxisTick[]; major: AxisTick[] } {
  const scale = createTimeScale(range, width);
  // Label formats follow the span on screen, which is narrower than a drawn window around it.
  const spanDays = labelSpanMs / DAY_MS;
  const minorCount = Math.max(2, Math.floor(width / 70));
  const dates = scale.ticks(minorCount);
  const xs = dates.map((date) => scale(date));
  // d3's day ticks restart at each month (…, 29, 31, 1, 3, …): a tick much closer to the previous
  // one than d3's own interval (its most common gap, which may be wider than the spacing asked
  // for) would print its label against the next, so it is left out.
  const minGap = typicalGap(xs) * 0.75;
  let lastX = -Infinity;
  const minor: AxisTick[] = [];
  for (const [i, date] of dates.entries()) {
    const at = date.getTime();
    const x = xs[i];
    if (x - lastX < minGap) continue;
    lastX = x;
    let label: string;
    if (spanDays <= 2) label = TIME.format(date);
    // ticks between midnights (a week's noons) say their time, not their day's name again
    else if (spanDays <= 45) label = date.getHours() !== 0 || date.getMinutes() !== 0 ? TIME.format(date) : WEEKDAY.format(date);
    else if (spanDays <= 120) label = DAY_MONTH.format(date);
    else label = MONTH.format(date);
    minor.push({ at, x, label });
  }
  const majorUnit = spanDays <= 2 ? 'day' : spanDays <= 120 ? 'month' : 'year';
  const major: AxisTick[] = [];
  // The first major label sits at the left edge, so the current month or year is always named.
  const first = new Date(range.start);
  const boundaries: Date[] = [first];
  const cursor = new Date(range.start);
  for (let i = 0; i < 400; i++) {
    if (majorUnit === 'day') {
      cursor.setHours(24, 0, 0, 0);
    } else if (majorUnit === 'month') {
      cursor.setMonth(cursor.getMonth() + 1, 1);
      cursor.setHours(0, 0, 0, 0);
    } else {
      cursor.setFullYear(cursor.getFullYear() + 1, 0, 1);
      cursor.setHours(0, 0, 0, 0);
    }
    if (cursor.getTime() >= range.end) break;
    boundaries.push(new Date(cursor.getTime()));
  }
  for (const date of boundaries) {
    const label = majorUnit === 'day' ? FULL_DAY.format(date) : majorUnit === 'month' ? MONTH_YEAR.format(date) : YEAR.format(date);
    major.push({ at: date.getTime(), x: scale(date), label });
  }
  return { minor, major };
}

/** A readable name for a range, for the live region and the page's heading. */
export function describeRange(range: ViewRange): string {
  const last = new Date(Math.max(range.start, range.end - 1));
  const first = new Date(range.start);
  if (range.end - range.start <= DAY_MS + HOUR_MS) return FULL_DAY.format(first);
  return `${DAY_MONTH.format(first)} ${YEAR.format(first)} – ${DAY_MONTH.format(last)} ${YEAR.format(last)}`;
}

/**
 * The name pinned at the left edge of the axis: the larger unit (month, year) the view starts in,
 * or none when the next unit's own name is less than `roomPx` from the edge and would be covered.
 */
export function pinnedUnitLabel(major: readonly AxisTick[], viewStart: number, pxPerMs: number, roomPx: number): string {
  let label = major[0]?.label ?? '';
  for (const tick of major) {
    if (tick.at <= viewStart) label = tick.label;
    else return (tick.at - viewStart) * pxPerMs < roomPx ? '' : label;
  }
  return label;
}
