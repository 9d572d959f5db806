import { useEffect, type RefObject } from 'react';
import { readWheel, WheelSteps } from '@/lib/timeline/wheel-steps';
import type { ViewRange } from '@/lib/timeline/view-range';

/**
 * Wheel and pinch on the lanes (see lib/timeline/wheel-steps): zoom around the pointer, pan
 * sideways, or leave a plain wheel to scroll the lanes. Non-passive, so it is attached by hand;
 * the events of one frame are applied as one step.
 */
export function useTimelineWheel(bodyRef: RefObject<HTMLElement | null>, trackWidthRef: RefObject<number>, labelWidth: number, stepView: (update: (view: ViewRange) => ViewRange) => void) {
  useEffect(() => {
    const element = bodyRef.current;
    if (!element) return;
    const steps = new WheelSteps();
    let frame = 0;
    const flush = () => {
      frame = 0;
      stepView(steps.take());
    };
    const onWheel = (event: WheelEvent) => {
      const x = event.clientX - element.getBoundingClientRect().left - labelWidth;
      const intent = readWheel(event, x, trackWidthRef.current);
      if (!intent) return;
      event.preventDefault();
      steps.add(intent);
      if (!frame) frame = requestAnimationFrame(flush);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      element.removeEventListener('wheel', onWheel);
      cancelAnimationFrame(frame);
    };
  }, [bodyRef, trackWidthRef, labelWidth, stepView]);
}
