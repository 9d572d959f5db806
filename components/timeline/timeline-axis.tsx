import { memo } from 'react';
import type { AxisTick } from '@/lib/timeline/time-scale';

/** The axis above the lanes: minor ticks (hours, days, months) and the larger unit's name. */
export const TimelineAxis = memo(function TimelineAxis({ minor, major }: { minor: AxisTick[]; major: AxisTick[] }) {
  return (
    <div className="tl-axis" aria-hidden="true">
      <div className="tl-axis-major">
        {major.map((tick, i) => (
          <span key={tick.at} className="tl-tick-major" style={{ transform: `translateX(${i === 0 ? 0 : tick.x}px)` }}>
            {tick.label}
          </span>
        ))}
      </div>
      <div className="tl-axis-minor">
        {minor.map((tick) => (
          <span key={tick.at} className="tl-tick" style={{ transform: `translateX(${tick.x}px)` }}>
            {tick.label}
          </span>
        ))}
      </div>
    </div>
  );
});

/** Vertical grid lines at the minor ticks, behind the lanes. */
export const TimelineGrid = memo(function TimelineGrid({ minor, start, end, width, today }: { minor: AxisTick[]; start: number; end: number; width: number; today: number }) {
  const todayX = ((today - start) / (end - start)) * width;
  return (
    <div className="tl-grid-lines" aria-hidden="true">
      {minor.map((tick) => (
        <span key={tick.at} className="tl-grid-line" style={{ transform: `translateX(${tick.x}px)` }} />
      ))}
      {todayX >= 0 && todayX <= width && (
        <span className="tl-today" style={{ transform: `translateX(${todayX}px)` }}>
          <span className="tl-today-label">Today</span>
        </span>
      )}
    </div>
  );
});
