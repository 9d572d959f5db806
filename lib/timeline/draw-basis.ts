import { labelDurationMs } from './build-lanes';
import { computeAxisTicks, pixelsPerMs, type AxisTick } from './time-scale';
import type { ViewRange } from './view-range';

/** the origin moves in steps of this many spans; lanes, ticks and grid are drawn over WINDOW_SPANS from it */
export const ORIGIN_STEP_SPANS = 4;
export const WINDOW_SPANS = ORIGIN_STEP_SPANS + 3;
/** how far a zoom gesture scales the drawn lanes before they are re-drawn at once (text stays near its size) */
export const MAX_GESTURE_SCALE = 1.6;

/**
 * What the lanes are drawn for: items, ticks and grid lines are placed in pixels at `pxPerMs` from
 * `origin` and drawn between `windowStart` and `windowEnd`, laid out with `minDuration` of label
 * room. The origin moves every ORIGIN_STEP_SPANS spans of panning, one span behind the view, and
 * the window reaches WINDOW_SPANS from it, so the view always has a span or more of drawn lanes on
 * either side: every pan step until the origin moves is a transform of the drawn layers, with no
 * lane, tick or item re-rendered. (The items drawn are also bounded by the months loaded.)
 */
export interface DrawBasis {
  pxPerMs: number;
  span: number;
  trackWidth: number;
  origin: number;
  windowStart: number;
  windowEnd: number;
  minDuration: number;
}

/** Where the lanes are placed from for `view`: one span before the ORIGIN_STEP_SPANS step it lies in. */
export function originFor(view: ViewRange): number {
  const span = view.end - view.start;
  return Math.floor(view.start / (span * ORIGIN_STEP_SPANS)) * span * ORIGIN_STEP_SPANS - span;
}

export function drawBasis(view: ViewRange, trackWidth: number): DrawBasis {
  const span = view.end - view.start;
  const pxPerMs = pixelsPerMs(view, trackWidth);
  const origin = originFor(view);
  return { pxPerMs, span, trackWidth, origin, windowStart: origin, windowEnd: origin + WINDOW_SPANS * span, minDuration: labelDurationMs(pxPerMs) };
}

/**
 * Whether the lanes drawn for `basis` can show `view` by moving (pan) and scaling (zoom) their
 * layers alone: at the basis' zoom, while the origin stays; during a zoom gesture, while the
 * window covers the view and the zoom is within MAX_GESTURE_SCALE of the drawn one.
 */
export function basisFitsView(basis: DrawBasis, view: ViewRange, trackWidth: number): boolean {
  if (basis.trackWidth !== trackWidth) return false;
  const pxPerMs = pixelsPerMs(view, trackWidth);
  if (pxPerMs === basis.pxPerMs) return originFor(view) === basis.origin;
  const ratio = pxPerMs / basis.pxPerMs;
  return ratio >= 1 / MAX_GESTURE_SCALE && ratio <= MAX_GESTURE_SCALE && view.start >= basis.windowStart && view.end <= basis.windowEnd;
}

/**
 * Ticks for the drawn window, placed from the origin (so a pan step moves them as one layer).
 * Their labels follow the span on screen, not the wider window's.
 */
export function basisTicks(basis: Pick<DrawBasis, 'windowStart' | 'windowEnd' | 'origin' | 'pxPerMs' | 'span'>): { minor: AxisTick[]; major: AxisTick[] } {
  const { windowStart, windowEnd, origin, pxPerMs, span } = basis;
  const raw = computeAxisTicks({ start: windowStart, end: windowEnd }, (windowEnd - windowStart) * pxPerMs, span);
  const place = (tick: AxisTick): AxisTick => ({ ...tick, x: (tick.at - origin) * pxPerMs });
  return { minor: raw.minor.map(place), major: raw.major.map(place) };
}

/** Where `instant` is drawn from the origin, or null when it lies outside the drawn window. */
export function basisX(basis: Pick<DrawBasis, 'windowStart' | 'windowEnd' | 'origin' | 'pxPerMs'>, instant: number): number | null {
  return instant >= basis.windowStart && instant <= basis.windowEnd ? (instant - basis.origin) * basis.pxPerMs : null;
}

/** How far the drawn layers are moved to show `view` (px): the origin's place on screen. */
export function basisOffsetPx(basis: Pick<DrawBasis, 'origin'>, view: ViewRange, pxPerMs: number): number {
  return (basis.origin - view.start) * pxPerMs;
}
