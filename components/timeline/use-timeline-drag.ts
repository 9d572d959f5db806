import { useRef, type PointerEvent, type RefObject } from 'react';
import { shiftBy, type ViewRange } from '@/lib/timeline/view-range';

/** how far (px) the pointer moves before a press becomes a drag rather than a click */
const DRAG_THRESHOLD_PX = 4;

/**
 * Drag to pan: a primary-button press that moves a few pixels pans with the pointer, one step per
 * move, and commits the view when released. `suppressClickRef` is set while the click that ends a
 * drag comes, so that click opens no event.
 */
export function useTimelineDrag(trackWidthRef: RefObject<number>, stepView: (update: (view: ViewRange) => ViewRange) => void, flushLive: () => void) {
  const dragRef = useRef<{ x: number; moved: boolean; pointerId: number } | null>(null);
  const suppressClickRef = useRef(false);

  function onPointerDown(event: PointerEvent<HTMLElement>) {
    if (event.button !== 0 || event.pointerType === 'touch' && !event.isPrimary) return;
    dragRef.current = { x: event.clientX, moved: false, pointerId: event.pointerId };
    suppressClickRef.current = false;
  }

  function onPointerMove(event: PointerEvent<HTMLElement>) {
    const drag = dragRef.current;
    if (!drag || drag.pointerId !== event.pointerId) return;
    const dx = event.clientX - drag.x;
    if (!drag.moved && Math.abs(dx) < DRAG_THRESHOLD_PX) return;
    if (!drag.moved) {
      drag.moved = true;
      suppressClickRef.current = true;
      event.currentTarget.setPointerCapture(event.pointerId);
    }
    drag.x = event.clientX;
    const width = trackWidthRef.current;
    stepView((v) => shiftBy(v, (-dx / width) * (v.end - v.start)));
  }

  function onPointerUp(event: PointerEvent<HTMLElement>) {
    const drag = dragRef.current;
    dragRef.current = null;
    if (drag?.moved) flushLive();
    if (drag?.moved && event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
    // the click that ends a drag must not open an event; clear the flag after that click
    setTimeout(() => {
      suppressClickRef.current = false;
    }, 0);
  }

  return { suppressClickRef, onPointerDown, onPointerMove, onPointerUp };
}
