/**
 * Keyboard movement between the events of laid-out lanes: along a lane in time order (meetings
 * included), to its ends, and to the nearest event in time of the next lane up or down that has one.
 */
import { visibleItems, type LaneLayout } from './lane-layout';
import type { ViewRange } from './view-range';

/** An event of a lane, by the lane's index among all lanes. */
export interface LaneEvent {
  laneIndex: number;
  id: number;
}

/** An event to move to, with its start so the view can be brought to it. */
export interface LaneEventTarget extends LaneEvent {
  start: number;
}

const NAVIGATION_KEYS = ['ArrowRight', 'ArrowLeft', 'Home', 'End', 'ArrowDown', 'ArrowUp'] as const;
export type NavigationKey = (typeof NAVIGATION_KEYS)[number];

export function isNavigationKey(key: string): key is NavigationKey {
  return (NAVIGATION_KEYS as readonly string[]).includes(key);
}

/** Every event of a lane in time order, meetings included. */
export function laneSequence(layout: LaneLayout<{ id: number }>): Array<{ id: number; start: number }> {
  const out: Array<{ id: number; start: number }> = [];
  for (const item of layout.items) {
    out.push({ id: item.value.id, start: item.start });
    for (const child of item.children) out.push({ id: child.value.id, start: child.start });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The event of the nearest lane in `step`'s direction (±1) that has one, closest in time to `at`. */
function nearestInOtherLanes(layouts: ReadonlyArray<LaneLayout<{ id: number }>>, laneIndex: number, step: 1 | -1, at: number): LaneEventTarget | null {
  for (let lane = laneIndex + step; lane >= 0 && lane < layouts.length; lane += step) {
    let best: { id: number; start: number } | null = null;
    for (const item of laneSequence(layouts[lane])) if (!best || Math.abs(item.start - at) < Math.abs(best.start - at)) best = item;
    if (best) return { laneIndex: lane, ...best };
  }
  return null;
}

/**
 * Where `key` moves focus from event `id` of lane `laneIndex`: undefined when that event is not in
 * the lane's layout (the key is not the timeline's to handle), null when there is no event that way.
 */
export function nextEventTarget(layouts: ReadonlyArray<LaneLayout<{ id: number }>>, from: LaneEvent, key: NavigationKey): LaneEventTarget | null | undefined {
  const layout = layouts[from.laneIndex];
  if (!layout) return undefined;
  const sequence = laneSequence(layout);
  const position = sequence.findIndex((item) => item.id === from.id);
  const current = sequence[position];
  if (!current) return undefined;
  let candidate: { id: number; start: number } | undefined;
  if (key === 'ArrowRight' || key === 'ArrowLeft') candidate = sequence[position + (key === 'ArrowRight' ? 1 : -1)];
  else if (key === 'Home' || key === 'End') candidate = key === 'Home' ? sequence[0] : sequence[sequence.length - 1];
  else return nearestInOtherLanes(layouts, from.laneIndex, key === 'ArrowDown' ? 1 : -1, current.start);
  return candidate ? { laneIndex: from.laneIndex, ...candidate } : null;
}

/** The first event on screen, in the order of `laneIndices` (the lanes rendered, top first). */
export function firstVisibleEvent(layouts: ReadonlyArray<LaneLayout<{ id: number }> | undefined>, laneIndices: Iterable<number>, view: ViewRange): LaneEvent | null {
  for (const laneIndex of laneIndices) {
    const layout = layouts[laneIndex];
    const first = layout ? visibleItems(layout, view.start, view.end)[0] : undefined;
    if (first) return { laneIndex, id: first.value.id };
  }
  return null;
}
