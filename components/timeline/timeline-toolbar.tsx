'use client';

import { memo, useState, type FormEvent } from 'react';
import { describeRange } from '@/lib/timeline/time-scale';
import { localDayToMs, nearestZoomLevel, ZOOM_LEVELS, type ViewRange, type ZoomLevel } from '@/lib/timeline/view-range';
import type { ViewMode } from '@/lib/timeline/timeline-url';

const ZOOM_LABELS: Record<ZoomLevel, string> = { day: 'Day', week: 'Week', month: 'Month', quarter: 'Quarter', year: 'Year' };

interface ToolbarProps {
  view: ViewRange;
  mode: ViewMode;
  onZoomLevel: (level: ZoomLevel) => void;
  onZoom: (factor: number) => void;
  onPan: (fraction: number) => void;
  onToday: () => void;
  onJump: (instant: number) => void;
  onMode: (mode: ViewMode) => void;
}

/**
 * Memoised, with stable handlers from the page: it shows the settled view, so a pan or zoom step
 * must not re-render it (React re-applies the date input's attributes on every render, which made
 * the browser rebuild that input during pans).
 */
export const TimelineToolbar = memo(function TimelineToolbar({ view, mode, onZoomLevel, onZoom, onPan, onToday, onJump, onMode }: ToolbarProps) {
  const level = nearestZoomLevel(view);
  const [jumpError, setJumpError] = useState<string | null>(null);

  function jump(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('jump') ?? '');
    const instant = localDayToMs(value);
    if (!Number.isFinite(instant)) {
      setJumpError('Enter a date such as 2026-04-08');
      return;
    }
    setJumpError(null);
    onJump(instant + 12 * 3_600_000);
  }

  return (
    <div className="tl-toolbar" role="toolbar" aria-label="Timeline view">
      <div className="tl-group" role="group" aria-label="Show">
        <button type="button" aria-pressed={mode === 'timeline'} onClick={() => onMode('timeline')}>
          Timeline
        </button>
        <button type="button" aria-pressed={mode === 'agenda'} onClick={() => onMode('agenda')}>
          Agenda
        </button>
      </div>
      <div className="tl-group" role="group" aria-label="Zoom">
        <button type="button" onClick={() => onZoom(1.5)} aria-label="Zoom out" title="Zoom out (−)">
          −
        </button>
        {(Object.keys(ZOOM_LEVELS) as ZoomLevel[]).map((z) => (
          <button key={z} type="button" aria-pressed={level === z} onClick={() => onZoomLevel(z)}>
            {ZOOM_LABELS[z]}
          </button>
        ))}
        <button type="button" onClick={() => onZoom(1 / 1.5)} aria-label="Zoom in" title="Zoom in (+)">
          +
        </button>
      </div>
      <div className="tl-group" role="group" aria-label="Move">
        <button type="button" onClick={() => onPan(-0.5)} aria-label="Earlier">
          ‹ Earlier
        </button>
        <button type="button" onClick={onToday}>
          Today
        </button>
        <button type="button" onClick={() => onPan(0.5)} aria-label="Later">
          Later ›
        </button>
      </div>
      <form className="tl-group tl-jump" onSubmit={jump} aria-label="Go to a date">
        <label>
          Go to date <input type="date" name="jump" required aria-invalid={jumpError ? 'true' : undefined} aria-describedby={jumpError ? 'jump-error' : undefined} />
        </label>
        <button type="submit">Go</button>
        {jumpError && (
          <span id="jump-error" role="alert" className="field-error">
            {jumpError}
          </span>
        )}
      </form>
      <p className="tl-range" aria-live="polite">
        {describeRange(view)}
      </p>
    </div>
  );
});
