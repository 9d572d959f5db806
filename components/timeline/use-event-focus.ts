import { useEffect, useState, type RefObject } from 'react';
import type { LaneEvent } from '@/lib/timeline/lane-navigation';

/** how many frames to wait for a chosen event to be rendered (after a pan or scroll) before giving up */
const FOCUS_WAIT_FRAMES = 10;

/**
 * The event keyboard focus was last moved to (by arrow keys or a click), and moving focus to it
 * once it is rendered: it may first need a pan or a scroll. Focus moves only while it is already
 * inside the lanes, so a re-render never pulls it from elsewhere on the page.
 */
export function useEventFocus(bodyRef: RefObject<HTMLElement | null>) {
  const [focusTarget, setFocusTarget] = useState<LaneEvent | null>(null);
  useEffect(() => {
    if (!focusTarget) return;
    let frames = 0;
    let handle = 0;
    const tryFocus = () => {
      const element = bodyRef.current?.querySelector<HTMLElement>(`[data-lane-index="${focusTarget.laneIndex}"] [data-event-id="${focusTarget.id}"]`);
      if (element) {
        if (document.activeElement !== element && bodyRef.current?.contains(document.activeElement)) element.focus();
        return;
      }
      if (frames++ < FOCUS_WAIT_FRAMES) handle = requestAnimationFrame(tryFocus);
    };
    handle = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(handle);
  }, [bodyRef, focusTarget]);
  return [focusTarget, setFocusTarget] as const;
}
