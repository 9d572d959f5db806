'use client';

import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { formatEventFilter, parseEventFilter } from '@/lib/events/event-filter';
import { describeEventFilter } from '@/lib/events/describe-filter';
import { describeRange } from '@/lib/timeline/time-scale';
import { buildTimelineLanes, lanesWithEventsIn, type TimelineLane } from '@/lib/timeline/build-lanes';
import type { EventJson } from '@/lib/events/event-json';
import type { Grouping } from '@/lib/events/group-events';
import type { ViewMode } from '@/lib/timeline/timeline-url';
import { centerOn, daysFromRange, panBy, rangeFromDays, zoomBy, zoomTo, type ViewRange, type ZoomLevel } from '@/lib/timeline/view-range';
import { AgendaView } from './agenda-view';
import { whenQuiet } from './gesture-activity';
import { EventDetailsPanel } from './event-details-panel';
import { OutsideMatchesNote } from './outside-matches-note';
import { SaveNotice } from './save-notice';
import { SubscribePanel } from './subscribe-panel';
import { TimelineCanvas } from './timeline-canvas';
import { TimelineFilters } from './timeline-filters';
import { TimelineToolbar } from './timeline-toolbar';
import { ClashMarksContext } from './clash-mark-store';
import { useClashMarkStore } from './use-clash-mark-store';
import { useTimelineEvents } from './use-timeline-events';
import { useTimelineParams } from './use-timeline-params';
import { usePrinting } from './use-printing';

const subscribeNothing = () => () => {};
// Read once: creating a DateTimeFormat on every render (the store checks its snapshot each time) costs more than a pan step's layout.
let viewerZoneCache: string | null = null;
function readViewerZone(): string {
  viewerZoneCache ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
  return viewerZoneCache;
}

/**
 * The page's URL with the view's days (and optionally the mode and open event) written in. It
 * starts from the address bar, so other parameters, even unreadable ones the page is warning
 * about, are left as they are.
 */
function withView(range: ViewRange, change: { mode?: ViewMode; selected?: number | null; allLanes?: boolean } = {}): string {
  const params = new URLSearchParams(window.location.search);
  const days = daysFromRange(range);
  params.set('from', days.from);
  params.set('to', days.to);
  if (change.mode === 'timeline') params.delete('view');
  else if (change.mode) params.set('view', change.mode);
  if (change.allLanes === false) params.delete('lanes');
  else if (change.allLanes) params.set('lanes', 'all');
  if (change.selected === null) params.delete('sel');
  else if (change.selected !== undefined) params.set('sel', String(change.selected));
  return `?${params.toString()}`;
}

// Lanes per merged event array (kept by the query cache), so returning to a range rebuilds nothing.
const lanesByEvents = new WeakMap<EventJson[], Map<string, Array<TimelineLane<EventJson>>>>();
function lanesFor(events: EventJson[], grouping: Grouping, laneFilterKey: string): Array<TimelineLane<EventJson>> {
  const byKey = lanesByEvents.get(events) ?? new Map<string, Array<TimelineLane<EventJson>>>();
  lanesByEvents.set(events, byKey);
  const key = `${grouping}|${laneFilterKey}`;
  let lanes = byKey.get(key);
  if (!lanes) {
    lanes = buildTimelineLanes(events, grouping, parseEventFilter(new URLSearchParams(laneFilterKey)).data ?? {});
    byKey.set(key, lanes);
  }
  return lanes;
}

export function TimelineView() {
  const { filter, grouping, mode, selected, allLanes, errors } = useTimelineParams();
  const [view, setView] = useState<ViewRange>(() => rangeFromDays(filter.from, filter.to));
  const [seenUrlRange, setSeenUrlRange] = useState(`${filter.from}/${filter.to}`);
  const urlRange = `${filter.from}/${filter.to}`;
  if (urlRange !== seenUrlRange) {
    // The URL changed under us (back button, the filter form, a link): show its range.
    setSeenUrlRange(urlRange);
    const days = daysFromRange(view);
    if (days.from !== filter.from || days.to !== filter.to) setView(rangeFromDays(filter.from, filter.to));
  }
  const today = useSyncExternalStore(subscribeNothing, () => Math.floor(Date.now() / 60_000) * 60_000, () => 0);
  const viewerZone = useSyncExternalStore(subscribeNothing, readViewerZone, () => 'UTC');

  // Pan and zoom write the URL (replaceState, no history entry per step) once the view settles,
  // and only when its days differ from the URL's: loading a page never rewrites its address.
  const viewDays = daysFromRange(view);
  const urlIsBehind = viewDays.from !== filter.from || viewDays.to !== filter.to;
  useEffect(() => {
    if (!urlIsBehind) return;
    return whenQuiet(() => window.history.replaceState(null, '', withView(view)), 250);
  }, [view, urlIsBehind]);

  // Handlers read the latest view through a ref, so they keep their identity across pan steps and
  // the memoised lanes below them are not re-rendered for a new callback.
  const viewRef = useRef(view);
  useEffect(() => {
    viewRef.current = view;
  }, [view]);
  const navigate = useCallback((change: { mode?: ViewMode; selected?: number | null; allLanes?: boolean }) => window.history.pushState(null, '', withView(viewRef.current, change)), []);
  const select = useCallback((id: number) => navigate({ selected: id }), [navigate]);
  const close = useCallback(() => {
    const shownId = selected;
    navigate({ selected: null });
    // Back to where the analyst was: the event that was open, if it is on screen.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`.tl-body [data-event-id="${shownId}"], .agenda [data-event-id="${shownId}"] a`)?.focus());
  }, [navigate, selected]);
  const changeView = useCallback((update: (v: ViewRange) => ViewRange) => setView(update), []);
  // Stable, so the memoised toolbar is not re-rendered by pan and zoom steps.
  const zoomToLevel = useCallback((level: ZoomLevel) => setView((v) => zoomTo(v, level)), []);
  const zoom = useCallback((factor: number) => setView((v) => zoomBy(v, factor)), []);
  const pan = useCallback((fraction: number) => setView((v) => panBy(v, fraction)), []);
  const goToToday = useCallback(() => setView((v) => centerOn(v, Date.now())), []);
  const jumpTo = useCallback((instant: number) => setView((v) => centerOn(v, instant)), []);
  const changeMode = useCallback((next: ViewMode) => navigate({ mode: next }), [navigate]);
  const toggleLanes = useCallback(() => navigate({ allLanes: !allLanes }), [navigate, allLanes]);
  // A new range in the URL (a history entry, so Back returns to the range searched in); the view follows the URL.
  const showRange = useCallback((from: string, to: string) => window.history.pushState(null, '', withView(rangeFromDays(from, to))), []);

  const data = useTimelineEvents(filter, view);
  const clashMarks = useClashMarkStore(filter, data.loaded, !data.isPending);
  const printing = usePrinting();
  // Keyed by the lane-relevant filters as text, so a pan that rewrites from/to does not rebuild lanes.
  const laneFilterKey = formatEventFilter({ person: filter.person, country: filter.country, org: filter.org }).toString();
  const lanes = useMemo(() => lanesFor(data.events, grouping, laneFilterKey), [data.events, grouping, laneFilterKey]);
  // The range as written on the page (heading, count, feed link: two of them live regions) follows
  // the view once it settles, not on every pan or zoom step: a step then changes no text outside
  // the lanes, and screen readers hear the range once, not at every step.
  const [settledView, setSettledView] = useState(view);
  useEffect(() => {
    if (settledView === view) return;
    return whenQuiet(() => setSettledView(view), 250);
  }, [view, settledView]);
  const days = daysFromRange(settledView);
  const shownCount = data.events.filter((e) => e.endDate >= days.from && e.startDate <= days.to).length;
  // Lanes whose events all lie outside the settled range are empty rows: hidden unless asked for.
  // A range with no events at all keeps every lane, so there is still something to drag and pan.
  const lanesInRange = useMemo(() => lanesWithEventsIn(lanes, settledView.start, settledView.end), [lanes, settledView]);
  const drawnLanes = allLanes || lanesInRange.length === 0 ? lanes : lanesInRange;
  const hiddenLanes = lanesInRange.length ? lanes.length - lanesInRange.length : 0;
  const nonDateFilter = { ...filter, from: undefined, to: undefined };
  const viewFilters = formatEventFilter(nonDateFilter).toString() ? describeEventFilter(nonDateFilter) : '';

  return (
    <div className={`timeline mode-${mode}`}>
      <a className="skip-link" href="#events">
        Skip to the events
      </a>
      {/* On paper the page says what it shows: the mode, the days and the filters. */}
      <p className="print-title">
        {mode === 'agenda' ? 'Agenda' : 'Timeline'}, {describeRange(settledView)}
        {viewFilters ? ` — ${viewFilters}` : ''}
      </p>
      <SaveNotice onSelect={select} />
      <TimelineFilters filter={filter} grouping={grouping} mode={mode} />
      {errors.length > 0 && (
        <div role="alert" className="error-summary">
          Some of the view&apos;s parameters were not understood and are ignored: {errors.join('; ')}
        </div>
      )}
      <div className="tl-bar">
        <TimelineToolbar
          view={settledView}
          mode={mode}
          onZoomLevel={zoomToLevel}
          onZoom={zoom}
          onPan={pan}
          onToday={goToToday}
          onJump={jumpTo}
          onMode={changeMode}
        />
        <SubscribePanel filter={filter} from={days.from} />
      </div>
      <p className="count" aria-live="polite">
        {data.isPending ? 'Loading events…' : `${shownCount} event${shownCount === 1 ? '' : 's'} from ${days.from} to ${days.to}`}
        {data.isFetching && !data.isPending && <span className="muted"> · refreshing</span>}
        <OutsideMatchesNote filter={filter} from={days.from} to={days.to} onShowRange={showRange} />
        {mode === 'timeline' && hiddenLanes > 0 && (
          <>
            {' · '}
            <button type="button" className="link-button" onClick={toggleLanes} aria-pressed={allLanes}>
              {allLanes ? `Hide ${hiddenLanes} lane${hiddenLanes === 1 ? '' : 's'} with no events in this range` : `Show ${hiddenLanes} more lane${hiddenLanes === 1 ? '' : 's'} with events outside this range`}
            </button>
          </>
        )}
      </p>
      {data.error && (
        <p role="alert" className="error-summary">
          The events could not be loaded: {data.error.message}
        </p>
      )}
      <ClashMarksContext.Provider value={clashMarks}>
        <div id="events" tabIndex={-1} className={`tl-main${selected !== null ? ' with-panel' : ''}`}>
          {mode === 'agenda' || printing ? (
            <AgendaView events={data.events} from={viewDays.from} to={viewDays.to} viewerZone={viewerZone} />
          ) : !data.isPending && lanes.length === 0 ? (
            <p className="tl-empty">No events match this view.</p>
          ) : (
            <TimelineCanvas lanes={drawnLanes} view={view} loaded={data.loaded} onViewChange={changeView} selectedId={selected} onSelect={select} onClose={close} today={today} />
          )}
          {selected !== null && <EventDetailsPanel key={selected} id={selected} loaded={data.events} onSelect={select} onClose={close} />}
        </div>
      </ClashMarksContext.Provider>
    </div>
  );
}
