/**
 * What the wheel does to the view: Ctrl/⌘ + wheel and trackpad pinch (which Chromium reports as
 * Ctrl + wheel) zoom around the pointer; a horizontal wheel or Shift + wheel pans; a plain wheel is
 * left to scroll the lanes. Trackpads send several wheel events per frame, so they are summed and
 * applied as one step.
 */
import { shiftBy, zoomBy, type ViewRange } from './view-range';

export interface WheelInput {
  deltaX: number;
  deltaY: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** A zoom (log of the factor, and the pointer's place as a fraction of the track) or a pan (fraction of the span). */
export type WheelIntent = { zoomLog: number; anchor: number } | { shift: number } | null;

/** One wheel event at `x` px into a track `width` px wide; null when it is a plain vertical scroll. */
export function readWheel(input: WheelInput, x: number, width: number): WheelIntent {
  if (input.ctrlKey || input.metaKey) {
    // one wheel notch (deltaY 100) zooms by about a third; pinches send small deltas
    return { zoomLog: Math.max(-200, Math.min(200, input.deltaY)) * 0.003, anchor: Math.max(0, Math.min(width, x)) / width };
  }
  if (input.shiftKey || Math.abs(input.deltaX) > Math.abs(input.deltaY)) {
    return { shift: (input.shiftKey && input.deltaX === 0 ? input.deltaY : input.deltaX) / width };
  }
  return null;
}

/** Wheel intents summed until the next frame takes them as one view update. */
export class WheelSteps {
  private zoomLog = 0;
  private anchor = 0.5;
  private shift = 0;

  add(intent: Exclude<WheelIntent, null>): void {
    if ('zoomLog' in intent) {
      this.zoomLog += intent.zoomLog;
      this.anchor = intent.anchor;
    } else {
      this.shift += intent.shift;
    }
  }

  /** The summed step as an update of the view; the sums start again from nothing. */
  take(): (view: ViewRange) => ViewRange {
    const factor = Math.exp(this.zoomLog);
    const anchor = this.anchor;
    const fraction = this.shift;
    this.zoomLog = 0;
    this.shift = 0;
    return (view) => {
      let next = view;
      if (factor !== 1) next = zoomBy(next, factor, next.start + anchor * (next.end - next.start));
      if (fraction !== 0) next = shiftBy(next, fraction * (next.end - next.start));
      return next;
    };
  }
}
