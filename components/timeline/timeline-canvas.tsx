'use client';

import { useCallback, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { EventRecord } from '@/lib/events/event-record';
import type { TimelineLane } from '@/lib/timeline/build-lanes';
import { LaneLayoutCache } from '@/lib/timeline/build-lanes';
import { basisOffsetPx, basisTicks, basisX } from '@/lib/timeline/draw-basis';
import { firstVisibleEvent } from '@/lib/timeline/lane-navigation';
import type { ViewRange } from '@/lib/timeline/view-range';
import { TimelineAxis, TimelineGrid } from './timeline-axis';
import { LaneRow } from './timeline-lane';
import { useDrawBasis } from './use-draw-basis';
import { useEventFocus } from './use-event-focus';
import { useLiveSteps } from './use-live-steps';
import { useTimelineDrag } from './use-timeline-drag';
import { useTimelineKeyboard } from './use-timeline-keyboard';
import { useTimelineResize } from './use-timeline-resize';
import { useTimelineWheel } from './use-timeline-wheel';
import { useVisibleLanes } from './use-visible-lanes';

const LABEL_WIDTH = 190;

interface CanvasProps {
  lanes: Array<TimelineLane<EventRecord>>;
  view: ViewRange;
  /** the range whose events are loaded (or loading): a step beyond it is committed at once, to fetch */
  loaded: ViewRange;
  onViewChange: (update: (view: ViewRange) => ViewRange) => void;
  selectedId: number | null;
  onSelect: (id: number) => void;
  onClose: () => void;
  today: number;
}

/**
 * The lanes on a time axis. Lanes are virtualised vertically and each lane draws only the events
 * inside a window around the screen, so the DOM holds what is visible whatever is loaded. Pan:
 * drag, Shift+wheel, horizontal wheel, arrow keys. Zoom: Ctrl+wheel or pinch, + and −. Arrow keys
 * on an event move between events; Enter opens; Escape closes. Pan and zoom steps are drawn
 * outside React while they can be (useLiveSteps) and committed as the view when they pause.
 */
export function TimelineCanvas({ lanes, view, loaded, onViewChange: commitView, selectedId, onSelect, onClose, today }: CanvasProps) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const { trackWidth, trackWidthRef } = useTimelineResize(bodyRef, LABEL_WIDTH);
  const { basis, pxPerMs, zoomRatio } = useDrawBasis(view, trackWidth);
  const { origin, windowStart, windowEnd, minDuration, span } = basis;
  const [layoutCache] = useState(() => new LaneLayoutCache<EventRecord>());
  const layouts = useMemo(() => layoutCache.layout(lanes, minDuration), [layoutCache, lanes, minDuration]);
  const offsetPx = basisOffsetPx(basis, view, pxPerMs);
  // Ticks and grid lines for the drawn window, placed from the origin: recomputed only when the
  // origin or the zoom changes, never by a pan step.
  const ticks = useMemo(() => basisTicks({ windowStart, windowEnd, origin, pxPerMs: basis.pxPerMs, span }), [windowStart, windowEnd, origin, basis.pxPerMs, span]);
  const todayX = basisX(basis, today);
  const { canvasRef, pinnedLabelRef, stepView, onViewChange, flushLive } = useLiveSteps({ view, basis, trackWidth, major: ticks.major, loaded, commitView });
  const { virtualizer, rows } = useVisibleLanes(bodyRef, lanes, layouts);
  const [focusTarget, setFocusTarget] = useEventFocus(bodyRef);
  // One event is reachable by Tab (roving tabindex): the one last focused, else the first on screen.
  const active = focusTarget ?? firstVisibleEvent(layouts, rows.map((row) => row.index), view);
  const { suppressClickRef, onPointerDown, onPointerMove, onPointerUp } = useTimelineDrag(trackWidthRef, stepView, flushLive);
  useTimelineWheel(bodyRef, trackWidthRef, LABEL_WIDTH, stepView);
  const scrollToLane = useCallback((laneIndex: number) => virtualizer.scrollToIndex(laneIndex, { align: 'auto' }), [virtualizer]);
  const onKeyDown = useTimelineKeyboard({ layouts, view, selectedId, today, stepView, onViewChange, onSelect, onClose, setFocusTarget, scrollToLane });

  const open = useCallback(
    (event: MouseEvent<HTMLAnchorElement>, id: number) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      if (suppressClickRef.current) return;
      const laneIndex = Number(event.currentTarget.dataset.laneIndex);
      setFocusTarget({ laneIndex, id });
      onSelect(id);
    },
    [onSelect, setFocusTarget, suppressClickRef],
  );

  return (
    <div ref={canvasRef} className="tl-canvas" style={{ ['--label-width' as string]: `${LABEL_WIDTH}px` }}>
      <div className="tl-axis-row">
        <div className="tl-axis-corner">
          <span className="visually-hidden">Lanes</span>
        </div>
        <TimelineAxis minor={ticks.minor} major={ticks.major} offsetPx={offsetPx} zoom={zoomRatio} pinnedLabelRef={pinnedLabelRef} />
      </div>
      <div
        ref={bodyRef}
        className="tl-body"
        role="group"
        aria-label="Timeline lanes. Arrow keys move between events, Enter opens one, Escape closes it; Shift+arrows pan, plus and minus zoom, T goes to today."
        aria-roledescription="timeline"
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        <div className="tl-body-inner" style={{ height: virtualizer.getTotalSize() }}>
          <TimelineGrid minor={ticks.minor} offsetPx={offsetPx} zoom={zoomRatio} todayX={todayX} />
          {rows.map((row) => (
            <LaneRow
              key={row.key}
              laneKey={lanes[row.index].key}
              label={lanes[row.index].label}
              layout={layouts[row.index]}
              index={row.index}
              top={row.start}
              origin={origin}
              windowStart={windowStart}
              windowEnd={windowEnd}
              pxPerMs={basis.pxPerMs}
              offsetPx={offsetPx}
              zoom={zoomRatio}
              selectedId={selectedId}
              activeId={active?.laneIndex === row.index ? active.id : null}
              onOpen={open}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
