import { memo, type Ref } from 'react';
import type { AxisTick } from '@/lib/timeline/time-scale';

interface TickProps {
  minor: AxisTick[];
  major: AxisTick[];
  /** where the ticks' x = 0 is on screen: changes on every pan step, the ticks themselves do not */
  offsetPx: number;
  /** the current zoom over the zoom the ticks were placed at (during a zoom gesture) */
  zoom: number;
  /**
   * Where the larger unit at the left edge (month, year) is named. Its text is written by the
   * canvas, which keeps it right during pan steps drawn outside React (see pinnedUnitLabel).
   */
  pinnedLabelRef: Ref<HTMLSpanElement>;
}

/** A drawn layer moved by `offsetPx` and, during a zoom gesture, scaled from its left edge by `zoom`. */
export function planeTransform(offsetPx: number, zoom: number): string {
  return zoom === 1 ? `translateX(${offsetPx}px)` : `translateX(${offsetPx}px) scaleX(${zoom})`;
}

const MinorTicks = memo(function MinorTicks({ minor, major }: { minor: AxisTick[]; major: AxisTick[] }) {
  return (
    <>
      <div className="tl-axis-major">
        {major.map((tick) => (
          <span key={tick.at} className="tl-tick-major" style={{ ['--x' as string]: tick.x }}>
            {tick.label}
          </span>
        ))}
      </div>
      <div className="tl-axis-minor">
        {minor.map((tick) => (
          <span key={tick.at} className="tl-tick" style={{ ['--x' as string]: tick.x }}>
            {tick.label}
          </span>
        ))}
      </div>
    </>
  );
});

/**
 * The axis above the lanes: minor ticks (hours, days, months) and the larger unit's name. Ticks
 * are drawn for the same wide window as the lanes and moved as one layer, so a pan step repaints nothing;
 * a zoom step inside a gesture scales that layer until the ticks are re-drawn for the new zoom.
 */
export function TimelineAxis({ minor, major, offsetPx, zoom, pinnedLabelRef }: TickProps) {
  return (
    <div className="tl-axis" aria-hidden="true">
      <div className="tl-axis-plane" style={{ transform: planeTransform(offsetPx, zoom) }}>
        <MinorTicks minor={minor} major={major} />
      </div>
      <span className="tl-axis-current" ref={pinnedLabelRef} />
    </div>
  );
}

const GridLines = memo(function GridLines({ minor, todayX }: { minor: AxisTick[]; todayX: number | null }) {
  return (
    <>
      {minor.map((tick) => (
        <span key={tick.at} className="tl-grid-line" style={{ ['--x' as string]: tick.x }} />
      ))}
      {todayX !== null && (
        <span className="tl-today" style={{ ['--x' as string]: todayX }}>
          <span className="tl-today-label">Today</span>
        </span>
      )}
    </>
  );
});

/** Vertical grid lines at the minor ticks, and the today marker, behind the lanes. */
export function TimelineGrid({ minor, offsetPx, zoom, todayX }: { minor: AxisTick[]; offsetPx: number; zoom: number; todayX: number | null }) {
  return (
    <div className="tl-grid-lines" aria-hidden="true">
      <div className="tl-grid-plane" style={{ transform: planeTransform(offsetPx, zoom) }}>
        <GridLines minor={minor} todayX={todayX} />
      </div>
    </div>
  );
}
