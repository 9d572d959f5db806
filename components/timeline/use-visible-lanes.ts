import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, type RefObject } from 'react';
import type { EventRecord } from '@/lib/events/event-record';
import type { TimelineLane } from '@/lib/timeline/build-lanes';
import type { LaneLayout } from '@/lib/timeline/lane-layout';
import { laneHeight } from './timeline-lane';

/** the height a lane is guessed at before its layout is known (px) */
const UNLAID_LANE_HEIGHT = 32;

/**
 * The lanes on screen, and a few either side: lanes are virtualised vertically
 * (@tanstack/react-virtual), so the DOM holds what is visible whatever is loaded.
 */
export function useVisibleLanes(bodyRef: RefObject<HTMLElement | null>, lanes: Array<TimelineLane<EventRecord>>, layouts: Array<LaneLayout<EventRecord>>) {
  // The compiler is not enabled here; the virtualizer's functions are used during this render only.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: lanes.length,
    getScrollElement: () => bodyRef.current,
    estimateSize: (index) => (layouts[index] ? laneHeight(layouts[index]) : UNLAID_LANE_HEIGHT),
    getItemKey: useCallback((index: number) => lanes[index]?.key ?? index, [lanes]),
    overscan: 4,
  });
  // Re-measure only when some lane's height changed, not for every new layouts array.
  const heightsKey = layouts.map((layout) => layout.rowCount).join(',');
  useEffect(() => {
    virtualizer.measure();
  }, [heightsKey, virtualizer]);
  return { virtualizer, rows: virtualizer.getVirtualItems() };
}
