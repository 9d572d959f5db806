import { memo, useMemo, type MouseEvent } from 'react';
import type { EventRecord } from '@/lib/events/event-record';
import { visibleItems, type LaneLayout } from '@/lib/timeline/lane-layout';
import { planeTransform } from './timeline-axis';
import { PlacedEvent, ROW_HEIGHT } from './timeline-item';

export const LANE_PADDING = 8;

export function laneHeight(layout: LaneLayout<EventRecord>): number {
  return layout.rowCount * ROW_HEIGHT + LANE_PADDING;
}

interface LaneProps {
  laneKey: string;
  label: string;
  layout: LaneLayout<EventRecord>;
  index: number;
  top: number;
  /** the window of time drawn (wider than the screen), and where its x = 0 is */
  origin: number;
  windowStart: number;
  windowEnd: number;
  pxPerMs: number;
  /** how far the drawn window is shifted to show the view: changes on every pan step */
  offsetPx: number;
  /** the current zoom over `pxPerMs`, during a zoom gesture (1 once the lanes are re-drawn for it) */
  zoom: number;
  selectedId: number | null;
  activeId: number | null;
  onOpen: (event: MouseEvent<HTMLAnchorElement>, id: number) => void;
}

/**
 * One lane. Its events are drawn for a window somewhat wider than the screen and only re-drawn
 * when the view leaves that window or the zoom changes; a pan step inside it only moves the
 * track (`offsetPx`), so React compares one memoised child list and the browser composites; a
 * zoom step inside a gesture scales it (`zoom`) until the lanes are re-drawn at the new zoom.
 */
export const LaneRow = memo(function LaneRow({ laneKey, label, layout, index, top, origin, windowStart, windowEnd, pxPerMs, offsetPx, zoom, selectedId, activeId, onOpen }: LaneProps) {
  const items = useMemo(
    () =>
      visibleItems(layout, windowStart, windowEnd).map((placed) => (
        <PlacedEvent
          key={placed.value.id}
          placed={placed}
          laneIndex={index}
          origin={origin}
          pxPerMs={pxPerMs}
          selectedId={selectedId}
          activeId={activeId}
          onOpen={onOpen}
        />
      )),
    [layout, origin, windowStart, windowEnd, pxPerMs, index, selectedId, activeId, onOpen],
  );
  const height = laneHeight(layout);
  return (
    <section className="lane" data-lane={laneKey} data-lane-index={index} aria-labelledby={`lane-${index}`} style={{ transform: `translateY(${top}px)`, height }}>
      <h2 id={`lane-${index}`} className="lane-label" title={label}>
        {label}
      </h2>
      <div className="lane-track">
        <div className="lane-items" style={{ transform: planeTransform(offsetPx, zoom) }}>
          {items}
        </div>
      </div>
    </section>
  );
});
