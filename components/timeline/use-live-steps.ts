import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { basisFitsView, type DrawBasis } from '@/lib/timeline/draw-basis';
import { pinnedUnitLabel, pixelsPerMs, type AxisTick } from '@/lib/timeline/time-scale';
import type { ViewRange } from '@/lib/timeline/view-range';
import { noteStep } from './gesture-activity';
import { planeTransform } from './timeline-axis';

/** the room the pinned name of the unit at the left edge needs (px) */
const PINNED_LABEL_ROOM = 110;
/** how long steps drawn outside React (see `stepView`) wait before the view state is committed */
const LIVE_COMMIT_MS = 120;
/** the layers a step moves: each lane's items, the axis and the grid */
const STEP_LAYERS = '.lane-items, .tl-axis-plane, .tl-grid-plane';

type ViewUpdate = (view: ViewRange) => ViewRange;

/** What React last drew: the view, the basis it was drawn for and the axis' major ticks. */
interface Drawn {
  view: ViewRange;
  basis: DrawBasis;
  trackWidth: number;
  major: AxisTick[];
}

interface LiveStepsInput {
  view: ViewRange;
  basis: DrawBasis;
  trackWidth: number;
  major: AxisTick[];
  /** the range whose events are loaded (or loading): a pan beyond it is committed at once, to fetch */
  loaded: ViewRange;
  commitView: (update: ViewUpdate) => void;
}

/** The pinned unit's name is text React does not own: steps drawn outside React change it too. */
function writePinnedLabel(element: HTMLElement | null, label: string): void {
  if (element && element.textContent !== label) element.textContent = label;
}

/**
 * Draws `next` by moving and scaling the layers drawn for `drawn.basis`, when they can show it.
 * Lanes, axis and grid are all placed from the basis' origin: one transform for every layer.
 */
function drawOnLayers(drawn: Drawn | null, layers: readonly HTMLElement[], pinnedLabel: HTMLElement | null, next: ViewRange): boolean {
  if (!drawn || !basisFitsView(drawn.basis, next, drawn.trackWidth)) return false;
  const nextPxPerMs = pixelsPerMs(next, drawn.trackWidth);
  const transform = planeTransform((drawn.basis.origin - next.start) * nextPxPerMs, nextPxPerMs / drawn.basis.pxPerMs);
  for (const element of layers) element.style.transform = transform;
  writePinnedLabel(pinnedLabel, pinnedUnitLabel(drawn.major, next.start, nextPxPerMs, PINNED_LABEL_ROOM));
  return true;
}

/**
 * Pan and zoom steps that the drawn lanes can show by moving and scaling their layers are drawn
 * outside React: the step writes the layers' transforms (a few dozen elements, compositor-only)
 * and the view state is committed once the steps pause (LIVE_COMMIT_MS) or when a step needs
 * lanes, ticks or data that are not drawn. React then renders the same transforms.
 */
export function useLiveSteps({ view, basis, trackWidth, major, loaded, commitView }: LiveStepsInput) {
  const canvasRef = useRef<HTMLDivElement>(null);
  const pinnedLabelRef = useRef<HTMLSpanElement>(null);
  const drawnRef = useRef<Drawn | null>(null);
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
  const drawLive = useCallback((next: ViewRange) => canvasRef.current !== null && drawOnLayers(drawnRef.current, layersRef.current, pinnedLabelRef.current, next), []);
  /** One pan or zoom step: drawn at once outside React when it can be, else committed. */
  const stepView = useCallback(
    (update: ViewUpdate) => {
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
    (update: ViewUpdate) => {
      flushLive();
      commitView(update);
    },
    [commitView, flushLive],
  );
  useLayoutEffect(() => {
    drawnRef.current = { view, basis, trackWidth, major };
    layersRef.current = canvasRef.current ? [...canvasRef.current.querySelectorAll<HTMLElement>(STEP_LAYERS)] : [];
    writePinnedLabel(pinnedLabelRef.current, pinnedUnitLabel(major, view.start, pixelsPerMs(view, trackWidth), PINNED_LABEL_ROOM));
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
  return { canvasRef, pinnedLabelRef, stepView, onViewChange, flushLive };
}
