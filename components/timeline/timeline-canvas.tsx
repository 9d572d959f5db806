'use client';

import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import type { EventRecord } from '@/lib/events/event-record';
import type { TimelineLane } from '@/lib/timeline/build-lanes';
import { LaneLayoutCache, labelDurationMs } from '@/lib/timeline/build-lanes';
import { visibleItems, type LaneLayout } from '@/lib/timeline/lane-layout';
import { computeAxisTicks, pinnedUnitLabel, pixelsPerMs, type AxisTick } from '@/lib/timeline/time-scale';
import { centerOn, panBy, shiftBy, zoomBy, type ViewRange } from '@/lib/timeline/view-range';
import { noteStep, whenQuiet } from './gesture-activity';
import { planeTransform, TimelineAxis, TimelineGrid } from './timeline-axis';
import { LaneRow, laneHeight } from './timeline-lane';

const LABEL_WIDTH = 190;
/** how long after the last zoom step the lanes are re-drawn for the new zoom */
const ZOOM_SETTLE_MS = 180;
/** how far a zoom gesture scales the drawn lanes before they are re-drawn at once (text stays near its size) */
const MAX_GESTURE_SCALE = 1.6;
/** the room the pinned name of the unit at the left edge needs (px) */
const PINNED_LABEL_ROOM = 110;
/** how long steps drawn outside React (see `stepView`) wait before the view state is committed */
const LIVE_COMMIT_MS = 120;
/** the origin moves in steps of this many spans; lanes, ticks and grid are drawn over WINDOW_SPANS from it */
const ORIGIN_STEP_SPANS = 4;
const WINDOW_SPANS = ORIGIN_STEP_SPANS + 3;

/**
 * What the lanes are drawn for: items, ticks and grid lines are placed in pixels at `pxPerMs` from
 * `origin` and drawn between `windowStart` and `windowEnd`, laid out with `minDuration` of label
 * room. The origin moves every ORIGIN_STEP_SPANS spans of panning, one span behind the view, and
 * the window reaches WINDOW_SPANS from it, so the view always has a span or more of drawn lanes on
 * either side: every pan step until the origin moves is a transform of the drawn layers, with no
 * lane, tick or item re-rendered. (The items drawn are also bounded by the months loaded.)
 */
interface DrawBasis {
  pxPerMs: number;
  span: number;
  trackWidth: number;
  origin: number;
  windowStart: number;
  windowEnd: number;
  minDuration: number;
}

function originFor(view: ViewRange): number {
  const span = view.end - view.start;
  return Math.floor(view.start / (span * ORIGIN_STEP_SPANS)) * span * ORIGIN_STEP_SPANS - span;
}

function drawBasis(view: ViewRange, trackWidth: number): DrawBasis {
  const span = view.end - view.start;
  const pxPerMs = pixelsPerMs(view, trackWidth);
  const origin = originFor(view);
  return { pxPerMs, span, trackWidth, origin, windowStart: origin, windowEnd: origin + WINDOW_SPANS * span, minDuration: labelDurationMs(pxPerMs) };
}

/**
 * Whether the lanes drawn for `basis` can show `view` by moving (pan) and scaling (zoom) their
 * layers alone: at the basis' zoom, while the origin stays; during a zoom gesture, while the
 * window covers the view and the zoom is within MAX_GESTURE_SCALE of the drawn one.
 */
function basisFitsView(basis: DrawBasis, view: ViewRange, trackWidth: number): boolean {
  if (basis.trackWidth !== trackWidth) return false;
  const pxPerMs = pixelsPerMs(view, trackWidth);
  if (pxPerMs === basis.pxPerMs) return originFor(view) === basis.origin;
  const ratio = pxPerMs / basis.pxPerMs;
  return ratio >= 1 / MAX_GESTURE_SCALE && ratio <= MAX_GESTURE_SCALE && view.start >= basis.windowStart && view.end <= basis.windowEnd;
}

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

type FocusTarget = { laneIndex: number; id: number };

/** Every event of a lane in time order, meetings included, for arrow-key navigation. */
function laneSequence(layout: LaneLayout<EventRecord>): Array<{ id: number; start: number }> {
  const out: Array<{ id: number; start: number }> = [];
  for (const item of layout.items) {
    out.push({ id: item.value.id, start: item.start });
    for (const child of item.children) out.push({ id: child.value.id, start: child.start });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The lanes on a time axis. Lanes are virtualised vertically (@tanstack/react-virtual) and each
 * lane draws only the events inside a window around the screen, so the DOM holds what is visible
 * whatever is loaded. Pan: drag, Shift+wheel, horizontal wheel, arrow keys. Zoom: Ctrl+wheel or
 * pinch, + and −. Arrow keys on an event move between events; Enter opens; Escape closes.
 */
export function TimelineCanvas({ lanes, view, loaded, onViewChange: commitView, selectedId, onSelect, onClose, today }: CanvasProps) {
  const canvasRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [bodyWidth, setBodyWidth] = useState(1200);
  const trackWidth = Math.max(200, bodyWidth - LABEL_WIDTH);
  const trackWidthRef = useRef(trackWidth);
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);
  const dragRef = useRef<{ x: number; moved: boolean; pointerId: number } | null>(null);
  const suppressClickRef = useRef(false);

  useEffect(() => {
    const element = bodyRef.current;
    if (!element) return;
    const observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width;
      if (width) setBodyWidth(width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    trackWidthRef.current = trackWidth;
  }, [trackWidth]);

  const pxPerMs = pixelsPerMs(view, trackWidth);
  // What the lanes are drawn for (origin, window, zoom, label room): see `DrawBasis`. A zoom step
  // inside the basis' range only scales the lanes' item layers and the axis (a compositor-only
  // transform: no style, layout or paint of the items); the lanes are re-drawn at the new zoom,
  // text at its true size, once the gesture settles.
  const [basis, setBasis] = useState<DrawBasis>(() => drawBasis(view, trackWidth));
  const basisFits = basisFitsView(basis, view, trackWidth);
  if (!basisFits) setBasis(drawBasis(view, trackWidth));
  const settled = basis.pxPerMs === pxPerMs;
  useEffect(() => {
    if (settled) return;
    return whenQuiet(() => setBasis(drawBasis(view, trackWidth)), ZOOM_SETTLE_MS);
  }, [settled, view, trackWidth]);
  const zoomRatio = pxPerMs / basis.pxPerMs;
  const { origin, windowStart, windowEnd, minDuration } = basis;
  const [layoutCache] = useState(() => new LaneLayoutCache<EventRecord>());
  const layouts = useMemo(() => layoutCache.layout(lanes, minDuration), [layoutCache, lanes, minDuration]);
  const offsetPx = (origin - view.start) * pxPerMs;

  // Pan and zoom steps that the drawn lanes can show by moving and scaling their layers are drawn
  // outside React: the step writes the layers' transforms (a few dozen elements, compositor-only)
  // and the view state is committed once the steps pause (LIVE_COMMIT_MS) or when a step needs
  // lanes, ticks or data that are not drawn. React then renders the same transforms.
  const drawnRef = useRef<{ view: ViewRange; basis: DrawBasis; trackWidth: number; major: AxisTick[] } | null>(null);
  const pinnedLabelRef = useRef<HTMLSpanElement>(null);
  const loadedRef = useRef(loaded);
  useEffect(() => {
    loadedRef.current = loaded;
  }, [loaded]);
  const liveRef = useRef<{ from: ViewRange; view: ViewRange } | null>(null);
  const liveTimerRef = useRef(0);
  // The layers a step moves, found once per React commit rather than on every step.
  const layersRef = useRef<HTMLElement[]>([]);
  const flushLive = useCallback(() => {
    window.clearTimeout(liveTimerRef.current);
    const live = liveRef.current;
    if (!live) return;
    liveRef.current = null;
    // the steps apply only to the view they started from (a toolbar action may have come between)
    commitView((v) => (v === live.from ? live.view : v));
  }, [commitView]);
  // the pinned unit's name is text React does not own: steps drawn outside React change it too
  const writePinnedLabel = useCallback((label: string) => {
    const element = pinnedLabelRef.current;
    if (element && element.textContent !== label) element.textContent = label;
  }, []);
  const drawLive = useCallback((next: ViewRange): boolean => {
    const drawn = drawnRef.current;
    const root = canvasRef.current;
    if (!drawn || !root || !basisFitsView(drawn.basis, next, drawn.trackWidth)) return false;
    const nextPxPerMs = pixelsPerMs(next, drawn.trackWidth);
    const zoom = nextPxPerMs / drawn.basis.pxPerMs;
    // lanes, axis and grid are all placed from the basis' origin: one transform for every layer
    const transform = planeTransform((drawn.basis.origin - next.start) * nextPxPerMs, zoom);
    for (const element of layersRef.current) element.style.transform = transform;
    writePinnedLabel(pinnedUnitLabel(drawn.major, next.start, nextPxPerMs, PINNED_LABEL_ROOM));
    return true;
  }, [writePinnedLabel]);
  /** One pan or zoom step: drawn at once outside React when it can be, else committed. */
  const stepView = useCallback(
    (update: (view: ViewRange) => ViewRange) => {
      noteStep();
      const drawn = drawnRef.current;
      if (!drawn) {
        commitView(update);
        return;
      }
      const from = liveRef.current?.from ?? drawn.view;
      const previous = liveRef.current?.view ?? drawn.view;
      const next = update(previous);
      liveRef.current = { from, view: next };
      window.clearTimeout(liveTimerRef.current);
      const drawnLive = drawLive(next);
      // A pan past the loaded months commits now, so their events are fetched and drawn while the
      // analyst is still panning. (A zoom-out gesture waits for its end: every step of it would
      // otherwise re-choose the months.)
      const isPan = next.end - next.start === previous.end - previous.start;
      const beyondLoaded = next.start < loadedRef.current.start || next.end > loadedRef.current.end;
      if (drawnLive && !(isPan && beyondLoaded)) liveTimerRef.current = window.setTimeout(flushLive, LIVE_COMMIT_MS);
      else flushLive();
    },
    [commitView, drawLive, flushLive],
  );
  /** Any other change of view (centre on an event, today): pending steps first. */
  const onViewChange = useCallback(
    (update: (view: ViewRange) => ViewRange) => {
      flushLive();
      commitView(update);
    },
    [commitView, flushLive],
  );
  useLayoutEffect(() => {
    drawnRef.current = { view, basis, trackWidth, major: ticks.major };
    layersRef.current = canvasRef.current ? [...canvasRef.current.querySelectorAll<HTMLElement>('.lane-items, .tl-axis-plane, .tl-grid-plane')] : [];
    writePinnedLabel(current);
    const live = liveRef.current;
    if (!live) return;
    // React just drew the committed view: put the pending steps back on top, or drop them if the
    // view was changed by something else meanwhile.
    if (live.from !== view) {
      liveRef.current = null;
      window.clearTimeout(liveTimerRef.current);
    } else if (!drawLive(live.view)) {
      flushLive();
    }
  });
  useEffect(() => () => window.clearTimeout(liveTimerRef.current), []);

  // The compiler is not enabled here; the virtualizer's functions are used during this render only.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: lanes.length,
    getScrollElement: () => bodyRef.current,
    estimateSize: (index) => (layouts[index] ? laneHeight(layouts[index]) : 32),
    getItemKey: useCallback((index: number) => lanes[index]?.key ?? index, [lanes]),
    overscan: 4,
  });
  // Re-measure only when some lane's height changed, not for every new layouts array.
  const heightsKey = layouts.map((layout) => layout.rowCount).join(',');
  useEffect(() => {
    virtualizer.measure();
  }, [heightsKey, virtualizer]);
  const rows = virtualizer.getVirtualItems();
  // Ticks and grid lines for the drawn window, placed from the origin: recomputed only when the
  // origin or the zoom changes, never by a pan step.
  const ticks = useMemo(() => {
    const raw = computeAxisTicks({ start: windowStart, end: windowEnd }, (windowEnd - windowStart) * basis.pxPerMs, basis.span);
    const place = (tick: AxisTick): AxisTick => ({ ...tick, x: (tick.at - origin) * basis.pxPerMs });
    return { minor: raw.minor.map(place), major: raw.major.map(place) };
  }, [windowStart, windowEnd, origin, basis.pxPerMs, basis.span]);
  const ticksOffsetPx = offsetPx;
  const current = pinnedUnitLabel(ticks.major, view.start, pxPerMs, PINNED_LABEL_ROOM);
  const todayX = today >= windowStart && today <= windowEnd ? (today - origin) * basis.pxPerMs : null;

  // One event is reachable by Tab (roving tabindex): the one last focused, else the first on screen.
  let active: FocusTarget | null = focusTarget;
  if (!active && rows.length > 0) {
    for (const row of rows) {
      const first = layouts[row.index] ? visibleItems(layouts[row.index], view.start, view.end)[0] : undefined;
      if (first) {
        active = { laneIndex: row.index, id: first.value.id };
        break;
      }
    }
  }

  const open = useCallback(
    (event: MouseEvent<HTMLAnchorElement>, id: number) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      if (suppressClickRef.current) return;
      const laneIndex = Number(event.currentTarget.dataset.laneIndex);
      setFocusTarget({ laneIndex, id });
      onSelect(id);
    },
    [onSelect],
  );

  // Move keyboard focus to the chosen event once it is rendered (it may first need a pan or scroll).
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
      if (frames++ < 10) handle = requestAnimationFrame(tryFocus);
    };
    handle = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(handle);
  }, [focusTarget]);

  function moveTo(laneIndex: number, id: number, start: number) {
    setFocusTarget({ laneIndex, id });
    if (start < view.start || start >= view.end) onViewChange((v) => centerOn(v, start));
    virtualizer.scrollToIndex(laneIndex, { align: 'auto' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-event-id]');
    const key = event.key;
    if (key === '+' || key === '=') {
      event.preventDefault();
      stepView((v) => zoomBy(v, 1 / 1.5));
      return;
    }
    if (key === '-' || key === '_') {
      event.preventDefault();
      stepView((v) => zoomBy(v, 1.5));
      return;
    }
    if (key === 'Escape' && selectedId !== null) {
      event.preventDefault();
      onClose();
      return;
    }
    if (!target || event.shiftKey) {
      if (key === 'ArrowLeft' || key === 'ArrowRight') {
        event.preventDefault();
        stepView((v) => panBy(v, key === 'ArrowLeft' ? -0.1 : 0.1));
      } else if (!target && (key === 't' || key === 'T')) {
        event.preventDefault();
        onViewChange((v) => centerOn(v, today));
      }
      return;
    }
    const id = Number(target.dataset.eventId);
    const laneIndex = Number(target.dataset.laneIndex);
    const layout = layouts[laneIndex];
    if (!layout) return;
    if (key === ' ' ) {
      event.preventDefault();
      setFocusTarget({ laneIndex, id });
      onSelect(id);
      return;
    }
    const sequence = laneSequence(layout);
    const position = sequence.findIndex((item) => item.id === id);
    const current = sequence[position];
    if (!current) return;
    let next: { laneIndex: number; id: number; start: number } | null = null;
    if (key === 'ArrowRight' || key === 'ArrowLeft') {
      const candidate = sequence[position + (key === 'ArrowRight' ? 1 : -1)];
      if (candidate) next = { laneIndex, ...candidate };
    } else if (key === 'Home' || key === 'End') {
      const candidate = key === 'Home' ? sequence[0] : sequence[sequence.length - 1];
      if (candidate) next = { laneIndex, ...candidate };
    } else if (key === 'ArrowDown' || key === 'ArrowUp') {
      const step = key === 'ArrowDown' ? 1 : -1;
      for (let lane = laneIndex + step; lane >= 0 && lane < layouts.length && !next; lane += step) {
        const other = laneSequence(layouts[lane]);
        let best: { id: number; start: number } | null = null;
        for (const item of other) if (!best || Math.abs(item.start - current.start) < Math.abs(best.start - current.start)) best = item;
        if (best) next = { laneIndex: lane, ...best };
      }
    } else {
      return;
    }
    event.preventDefault();
    if (next) moveTo(next.laneIndex, next.id, next.start);
  }

  // Wheel: Ctrl/⌘ + wheel and trackpad pinch (which Chromium reports as Ctrl + wheel) zoom around the
  // pointer; horizontal wheel or Shift + wheel pans; a plain wheel scrolls the lanes. Non-passive, so
  // it is attached by hand.
  useEffect(() => {
    const element = bodyRef.current;
    if (!element) return;
    // Trackpads send several wheel events per frame: they are summed and applied once per frame.
    let zoomLog = 0;
    let zoomAnchor = 0.5;
    let shift = 0;
    let frame = 0;
    const flush = () => {
      frame = 0;
      const factor = Math.exp(zoomLog);
      const anchor = zoomAnchor;
      const fraction = shift;
      zoomLog = 0;
      shift = 0;
      stepView((v) => {
        let next = v;
        if (factor !== 1) next = zoomBy(next, factor, next.start + anchor * (next.end - next.start));
        if (fraction !== 0) next = shiftBy(next, fraction * (next.end - next.start));
        return next;
      });
    };
    const onWheel = (event: WheelEvent) => {
      const rect = element.getBoundingClientRect();
      const x = event.clientX - rect.left - LABEL_WIDTH;
      const width = trackWidthRef.current;
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        // one wheel notch (deltaY 100) zooms by about a third; pinches send small deltas
        zoomLog += Math.max(-200, Math.min(200, event.deltaY)) * 0.003;
        zoomAnchor = Math.max(0, Math.min(width, x)) / width;
      } else if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
        event.preventDefault();
        shift += (event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX) / width;
      } else {
        return;
      }
      if (!frame) frame = requestAnimationFrame(flush);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      element.removeEventListener('wheel', onWheel);
      cancelAnimationFrame(frame);
    };
  }, [stepView]);

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0 || event.pointerType === 'touch' && !event.isPrimary) return;
    dragRef.current = { x: event.clientX, moved: false, pointerId: event.pointerId };
    suppressClickRef.current = false;
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const drag = dragRef.current;
    if (!drag || drag.pointerId !== event.pointerId) return;
    const dx = event.clientX - drag.x;
    if (!drag.moved && Math.abs(dx) < 4) return;
    if (!drag.moved) {
      drag.moved = true;
      suppressClickRef.current = true;
      event.currentTarget.setPointerCapture(event.pointerId);
    }
    drag.x = event.clientX;
    const width = trackWidthRef.current;
    stepView((v) => shiftBy(v, (-dx / width) * (v.end - v.start)));
  }

  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    const drag = dragRef.current;
    dragRef.current = null;
    if (drag?.moved) flushLive();
    if (drag?.moved && event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
    // the click that ends a drag must not open an event; clear the flag after that click
    setTimeout(() => {
      suppressClickRef.current = false;
    }, 0);
  }

  return (
    <div ref={canvasRef} className="tl-canvas" style={{ ['--label-width' as string]: `${LABEL_WIDTH}px` }}>
      <div className="tl-axis-row">
        <div className="tl-axis-corner">
          <span className="visually-hidden">Lanes</span>
        </div>
        <TimelineAxis minor={ticks.minor} major={ticks.major} offsetPx={ticksOffsetPx} zoom={zoomRatio} pinnedLabelRef={pinnedLabelRef} />
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
          <TimelineGrid minor={ticks.minor} offsetPx={ticksOffsetPx} zoom={zoomRatio} todayX={todayX} />
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
