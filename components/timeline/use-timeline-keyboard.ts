import { useCallback, type KeyboardEvent } from 'react';
import type { EventRecord } from '@/lib/events/event-record';
import type { LaneLayout } from '@/lib/timeline/lane-layout';
import { isNavigationKey, nextEventTarget, type LaneEvent } from '@/lib/timeline/lane-navigation';
import { centerOn, panBy, zoomBy, type ViewRange } from '@/lib/timeline/view-range';

type ViewUpdate = (view: ViewRange) => ViewRange;

interface KeyboardInput {
  layouts: Array<LaneLayout<EventRecord>>;
  view: ViewRange;
  selectedId: number | null;
  today: number;
  /** a pan or zoom step (drawn outside React when it can be) */
  stepView: (update: ViewUpdate) => void;
  /** any other change of view */
  onViewChange: (update: ViewUpdate) => void;
  onSelect: (id: number) => void;
  onClose: () => void;
  setFocusTarget: (target: LaneEvent) => void;
  /** brings a lane into the scrolled body */
  scrollToLane: (laneIndex: number) => void;
}

/** + and − zoom (one step = 1.5×), Escape closes the open event. Returns whether the key was one of these. */
function zoomOrClose(event: KeyboardEvent<HTMLElement>, selectedId: number | null, stepView: (update: ViewUpdate) => void, onClose: () => void): boolean {
  const key = event.key;
  const zoom = key === '+' || key === '=' ? 1 / 1.5 : key === '-' || key === '_' ? 1.5 : null;
  if (zoom === null && !(key === 'Escape' && selectedId !== null)) return false;
  event.preventDefault();
  if (zoom !== null) stepView((v) => zoomBy(v, zoom));
  else onClose();
  return true;
}

/** Keys away from an event (or with Shift): arrows pan by a tenth, T goes to today (not on an event). */
function panOrToday(event: KeyboardEvent<HTMLElement>, onEvent: boolean, stepView: (update: ViewUpdate) => void, goToToday: () => void): void {
  const key = event.key;
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    event.preventDefault();
    stepView((v) => panBy(v, key === 'ArrowLeft' ? -0.1 : 0.1));
  } else if (!onEvent && (key === 't' || key === 'T')) {
    event.preventDefault();
    goToToday();
  }
}

/**
 * The lanes' keys. On an event: arrows move between events (along the lane, Home and End to its
 * ends, up and down to the nearest event in time of the next lane), Space opens it. Elsewhere, or
 * with Shift: arrows pan, T goes to today. Everywhere: + and − zoom, Escape closes.
 */
export function useTimelineKeyboard({ layouts, view, selectedId, today, stepView, onViewChange, onSelect, onClose, setFocusTarget, scrollToLane }: KeyboardInput) {
  return useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (zoomOrClose(event, selectedId, stepView, onClose)) return;
      const target = (event.target as HTMLElement).closest<HTMLElement>('[data-event-id]');
      if (!target || event.shiftKey) {
        panOrToday(event, target !== null, stepView, () => onViewChange((v) => centerOn(v, today)));
        return;
      }
      const from = { laneIndex: Number(target.dataset.laneIndex), id: Number(target.dataset.eventId) };
      if (!layouts[from.laneIndex]) return;
      if (event.key === ' ') {
        event.preventDefault();
        setFocusTarget(from);
        onSelect(from.id);
        return;
      }
      if (!isNavigationKey(event.key)) return;
      const next = nextEventTarget(layouts, from, event.key);
      if (next === undefined) return;
      event.preventDefault();
      if (!next) return;
      setFocusTarget({ laneIndex: next.laneIndex, id: next.id });
      if (next.start < view.start || next.start >= view.end) onViewChange((v) => centerOn(v, next.start));
      scrollToLane(next.laneIndex);
    },
    [layouts, view, selectedId, today, stepView, onViewChange, onSelect, onClose, setFocusTarget, scrollToLane],
  );
}
