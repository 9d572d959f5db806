import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { basisFitsView, basisOffsetPx, basisTicks, basisX, drawBasis, MAX_GESTURE_SCALE, ORIGIN_STEP_SPANS, originFor, WINDOW_SPANS } from '@/lib/timeline/draw-basis';
import { panBy, rangeFromDays, zoomBy } from '@/lib/timeline/view-range';

const WIDTH = 1250;
const april = rangeFromDays('2026-04-01', '2026-04-30');

describe('draw basis', () => {
  it('draws a window of WINDOW_SPANS spans from an origin a span or more before the view', () => {
    const basis = drawBasis(april, WIDTH);
    const span = april.end - april.start;
    expect(basis.span).toBe(span);
    expect(basis.windowStart).toBe(basis.origin);
    expect(basis.windowEnd - basis.windowStart).toBe(WINDOW_SPANS * span);
    expect(april.start - basis.origin).toBeGreaterThanOrEqual(span);
    expect(basis.windowEnd - april.end).toBeGreaterThanOrEqual(span);
    expect(basis.pxPerMs).toBeCloseTo(WIDTH / span, 12);
  });

  it('keeps a span or more drawn on either side of any view, wherever it is panned', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (tenths) => {
        const view = panBy(april, tenths / 10);
        const basis = drawBasis(view, WIDTH);
        const span = view.end - view.start;
        expect(view.start - basis.windowStart).toBeGreaterThanOrEqual(span);
        expect(basis.windowEnd - view.end).toBeGreaterThanOrEqual(span);
      }),
    );
  });

  it('moves the origin only every ORIGIN_STEP_SPANS spans of panning', () => {
    const origins = new Set<number>();
    // ten tenth-of-a-span steps per span, over ORIGIN_STEP_SPANS spans from an origin boundary
    const span = april.end - april.start;
    const boundary = Math.ceil(april.start / (span * ORIGIN_STEP_SPANS)) * span * ORIGIN_STEP_SPANS;
    const first = { start: boundary, end: boundary + span };
    for (let step = 0; step < ORIGIN_STEP_SPANS * 10; step++) origins.add(originFor(panBy(first, step / 10)));
    expect(origins.size).toBe(1);
    expect(originFor(panBy(first, ORIGIN_STEP_SPANS))).toBe(originFor(first) + ORIGIN_STEP_SPANS * span);
  });

  it('shows a pan inside the origin step by moving the drawn layers, and not past it', () => {
    const basis = drawBasis(april, WIDTH);
    const inside = { start: basis.origin + (april.end - april.start), end: basis.origin + 2 * (april.end - april.start) };
    expect(basisFitsView(basis, inside, WIDTH)).toBe(true);
    const span = april.end - april.start;
    const nextStep = { start: basis.origin + span * (ORIGIN_STEP_SPANS + 1), end: basis.origin + span * (ORIGIN_STEP_SPANS + 2) };
    expect(basisFitsView(basis, nextStep, WIDTH)).toBe(false);
  });

  it('shows a zoom gesture by scaling the drawn layers up to MAX_GESTURE_SCALE, inside the window', () => {
    const basis = drawBasis(april, WIDTH);
    expect(basisFitsView(basis, zoomBy(april, 1 / 1.5), WIDTH)).toBe(true);
    expect(basisFitsView(basis, zoomBy(april, 1.5), WIDTH)).toBe(true);
    expect(basisFitsView(basis, zoomBy(april, 1 / (MAX_GESTURE_SCALE * 1.1)), WIDTH)).toBe(false);
    expect(basisFitsView(basis, zoomBy(april, MAX_GESTURE_SCALE * 1.1), WIDTH)).toBe(false);
    // zoomed within the scale but reaching past the drawn window
    const far = zoomBy({ start: basis.windowEnd - (april.end - april.start), end: basis.windowEnd }, 1.2);
    expect(basisFitsView(basis, far, WIDTH)).toBe(false);
  });

  it('is re-drawn whenever the track is resized', () => {
    expect(basisFitsView(drawBasis(april, WIDTH), april, WIDTH)).toBe(true);
    expect(basisFitsView(drawBasis(april, WIDTH), april, WIDTH - 1)).toBe(false);
  });

  it('places ticks and today from the origin, and says where the origin is on screen', () => {
    const basis = drawBasis(april, WIDTH);
    const { minor, major } = basisTicks(basis);
    expect(minor.length).toBeGreaterThan(0);
    expect(major.length).toBeGreaterThan(0);
    for (const tick of [...minor, ...major]) expect(tick.x).toBeCloseTo((tick.at - basis.origin) * basis.pxPerMs, 6);
    expect(basisX(basis, april.start)).toBeCloseTo((april.start - basis.origin) * basis.pxPerMs, 6);
    expect(basisX(basis, basis.windowEnd + 1)).toBeNull();
    expect(basisX(basis, basis.windowStart - 1)).toBeNull();
    // the view's start sits at the left edge of the track
    expect(basisOffsetPx(basis, april, basis.pxPerMs) + (april.start - basis.origin) * basis.pxPerMs).toBeCloseTo(0, 6);
  });
});
