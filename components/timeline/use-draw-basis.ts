import { useEffect, useState } from 'react';
import { basisFitsView, drawBasis, type DrawBasis } from '@/lib/timeline/draw-basis';
import { pixelsPerMs } from '@/lib/timeline/time-scale';
import type { ViewRange } from '@/lib/timeline/view-range';
import { whenQuiet } from './gesture-activity';

/** how long after the last zoom step the lanes are re-drawn for the new zoom */
const ZOOM_SETTLE_MS = 180;

/**
 * What the lanes are drawn for (origin, window, zoom, label room): see `DrawBasis`. A zoom step
 * inside the basis' range only scales the lanes' item layers and the axis (a compositor-only
 * transform: no style, layout or paint of the items); the lanes are re-drawn at the new zoom,
 * text at its true size, once the gesture settles. `zoomRatio` is the view's zoom over the drawn one.
 */
export function useDrawBasis(view: ViewRange, trackWidth: number): { basis: DrawBasis; pxPerMs: number; zoomRatio: number } {
  const pxPerMs = pixelsPerMs(view, trackWidth);
  const [basis, setBasis] = useState<DrawBasis>(() => drawBasis(view, trackWidth));
  // a view the drawn lanes cannot show is drawn in this same render, not one frame late
  const basisFits = basisFitsView(basis, view, trackWidth);
  if (!basisFits) setBasis(drawBasis(view, trackWidth));
  const settled = basis.pxPerMs === pxPerMs;
  useEffect(() => {
    if (settled) return;
    return whenQuiet(() => setBasis(drawBasis(view, trackWidth)), ZOOM_SETTLE_MS);
  }, [settled, view, trackWidth]);
  return { basis, pxPerMs, zoomRatio: pxPerMs / basis.pxPerMs };
}
