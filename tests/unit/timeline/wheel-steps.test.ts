import { describe, expect, it } from 'vitest';
import { readWheel, WheelSteps } from '@/lib/timeline/wheel-steps';
import { rangeFromDays } from '@/lib/timeline/view-range';

const plain = { deltaX: 0, deltaY: 0, ctrlKey: false, metaKey: false, shiftKey: false };
const april = rangeFromDays('2026-04-01', '2026-04-30');
const span = april.end - april.start;

describe('wheel steps', () => {
  it('leaves a plain vertical wheel to scroll the lanes', () => {
    expect(readWheel({ ...plain, deltaY: 100 }, 300, 1000)).toBeNull();
  });

  it('zooms with Ctrl or ⌘ (and pinch) around the pointer, a notch at a time, clamped', () => {
    expect(readWheel({ ...plain, deltaY: 100, ctrlKey: true }, 250, 1000)).toEqual({ zoomLog: 0.3, anchor: 0.25 });
    expect(readWheel({ ...plain, deltaY: -100, metaKey: true }, 250, 1000)).toEqual({ zoomLog: -0.3, anchor: 0.25 });
    // a huge delta zooms as two notches; a pointer over the labels anchors at the track's edge
    expect(readWheel({ ...plain, deltaY: 5000, ctrlKey: true }, -40, 1000)).toEqual({ zoomLog: 0.6, anchor: 0 });
  });

  it('pans with a horizontal wheel, or a vertical one with Shift', () => {
    expect(readWheel({ ...plain, deltaX: 50, deltaY: 10 }, 0, 1000)).toEqual({ shift: 0.05 });
    expect(readWheel({ ...plain, deltaY: 100, shiftKey: true }, 0, 1000)).toEqual({ shift: 0.1 });
  });

  it('sums the wheel events of a frame into one step and starts again after it', () => {
    const steps = new WheelSteps();
    steps.add({ shift: 0.05 });
    steps.add({ shift: 0.05 });
    const panned = steps.take()(april);
    expect(panned.start - april.start).toBeCloseTo(0.1 * span, -1);
    expect(panned.end - panned.start).toBe(span);
    expect(steps.take()(april)).toBe(april);
  });

  it('zooms around the anchor, which keeps its place on screen', () => {
    const steps = new WheelSteps();
    steps.add({ zoomLog: Math.log(2), anchor: 0.25 });
    const zoomed = steps.take()(april);
    const anchor = april.start + 0.25 * span;
    expect(zoomed.end - zoomed.start).toBeCloseTo(2 * span, -1);
    expect((anchor - zoomed.start) / (zoomed.end - zoomed.start)).toBeCloseTo(0.25, 5);
  });
});
