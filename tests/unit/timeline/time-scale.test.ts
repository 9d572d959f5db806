import { describe, expect, it } from 'vitest';
import { computeAxisTicks, createTimeScale, pinnedUnitLabel, pixelsPerMs } from '@/lib/timeline/time-scale';
import { chunksAround, chunksForRange, neighbourChunks } from '@/lib/timeline/fetch-chunks';
import { eventSpan } from '@/lib/timeline/event-span';
import { buildViewFeedPath, feedPastDays } from '@/lib/timeline/timeline-url';
import { buildFeedLinks, withFeedKey } from '@/lib/events/feed-links';
import {
  DAY_MS,
  daysFromRange,
  localDayToMs,
  MAX_SPAN_MS,
  MIN_SPAN_MS,
  nearestZoomLevel,
  panBy,
  rangeFromDays,
  zoomBy,
  zoomTo,
} from '@/lib/timeline/view-range';

describe('view range', () => {
  it('turns the URL’s inclusive days into a range and back', () => {
    const range = rangeFromDays('2026-04-01', '2026-04-30');
    expect(daysFromRange(range)).toEqual({ from: '2026-04-01', to: '2026-04-30' });
    expect(nearestZoomLevel(range)).toBe('month');
  });

  it('keeps whole local days across a DST change', () => {
    // Europe and the US change clocks in March; a day is still midnight to midnight.
    const range = rangeFromDays('2026-03-01', '2026-03-31');
    expect(daysFromRange(range)).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(new Date(range.end).getHours()).toBe(0);
  });

  it('zooms around an anchor, which stays at the same place on screen', () => {
    const range = rangeFromDays('2026-04-01', '2026-04-30');
    const anchor = range.start + (range.end - range.start) * 0.25;
    const zoomed = zoomBy(range, 0.5, anchor);
    expect((anchor - zoomed.start) / (zoomed.end - zoomed.start)).toBeCloseTo(0.25, 5);
    expect(zoomed.end - zoomed.start).toBeCloseTo((range.end - range.start) / 2, -1);
  });

  it('clamps zoom between a day and a year', () => {
    const range = rangeFromDays('2026-04-01', '2026-04-30');
    expect(zoomBy(range, 1e-6).end - zoomBy(range, 1e-6).start).toBe(MIN_SPAN_MS);
    expect(zoomBy(range, 1e6).end - zoomBy(range, 1e6).start).toBe(MAX_SPAN_MS);
    expect(nearestZoomLevel(zoomTo(range, 'week'))).toBe('week');
    expect(nearestZoomLevel(zoomTo(range, 'year'))).toBe('year');
  });

  it('pans by a fraction of the span without changing it', () => {
    const range = rangeFromDays('2026-06-01', '2026-06-10');
    const next = panBy(range, 0.1);
    expect(next.start - range.start).toBe(DAY_MS);
    expect(next.end - next.start).toBe(range.end - range.start);
  });
});

describe('time scale', () => {
  it('maps the range onto the width linearly', () => {
    const range = rangeFromDays('2026-06-01', '2026-06-10');
    const scale = createTimeScale(range, 1000);
    expect(scale(new Date(range.start))).toBe(0);
    expect(scale(new Date(range.end))).toBe(1000);
    expect(scale(new Date(range.start + DAY_MS))).toBeCloseTo(100, 5);
    expect(pixelsPerMs(range, 1000) * DAY_MS).toBeCloseTo(100, 5);
  });

  it('ticks days in a month view and names the month', () => {
    const range = rangeFromDays('2026-04-01', '2026-04-30');
    const { minor, major } = computeAxisTicks(range, 1200);
    expect(minor.length).toBeGreaterThan(4);
    expect(minor.every((t) => t.x >= 0 && t.x <= 1200)).toBe(true);
    expect(major[0].label).toBe('April 2026');
  });

  it('leaves out a day tick that d3 restarts at a month boundary, which would print against the next', () => {
    // a month on screen, ticks drawn over seven months of width (as the canvas draws its window)
    const window = rangeFromDays('2026-03-01', '2026-09-30');
    const { minor } = computeAxisTicks(window, 1250 * 7.5, 28 * DAY_MS);
    const gaps = minor.slice(1).map((t, i) => t.x - minor[i].x);
    const typical = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)];
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(typical * 0.75);
    // the 31st is kept and the 1st after it dropped, or the other way round, never both
    const labels = minor.map((t) => t.label);
    const may31 = minor.findIndex((t) => t.at === localDayToMs('2026-05-31'));
    const june1 = minor.findIndex((t) => t.at === localDayToMs('2026-06-01'));
    expect(may31 === -1 || june1 === -1).toBe(true);
    expect(labels.length).toBeGreaterThan(50);
  });

  it('ticks hours in a day view and months in a year view', () => {
    const day = computeAxisTicks(rangeFromDays('2026-04-08', '2026-04-08'), 1200);
    expect(day.minor.some((t) => /^\d{2}:00$/.test(t.label))).toBe(true);
    const year = computeAxisTicks(rangeFromDays('2026-01-01', '2026-12-31'), 1200);
    expect(year.minor.map((t) => t.label)).toContain('Jun');
    expect(year.major[0].label).toBe('2026');
  });
});

describe('event span', () => {
  it('draws an all-day visit across its days, inclusive of the last', () => {
    const span = eventSpan({ allDay: true, startDate: '2026-04-08', endDate: '2026-04-12', startUtc: null, endUtc: null });
    expect(span).toEqual({ start: localDayToMs('2026-04-08'), end: localDayToMs('2026-04-13'), precision: 'day' });
  });

  it('places a timed event at its instant', () => {
    const span = eventSpan({ allDay: false, startDate: '2026-04-08', endDate: '2026-04-08', startUtc: '2026-04-08T19:00:00Z', endUtc: '2026-04-08T20:00:00Z' });
    expect(span).toEqual({ start: Date.parse('2026-04-08T19:00:00Z'), end: Date.parse('2026-04-08T20:00:00Z'), precision: 'time' });
  });
});

describe('fetch chunks', () => {
  it('covers a month view with calendar months and fetches the neighbours ahead', () => {
    expect(chunksForRange(rangeFromDays('2026-04-01', '2026-04-30'))).toEqual([{ from: '2026-04-01', to: '2026-04-30' }]);
    expect(chunksForRange(rangeFromDays('2026-04-15', '2026-05-14'))).toEqual([
      { from: '2026-04-01', to: '2026-04-30' },
      { from: '2026-05-01', to: '2026-05-31' },
    ]);
    expect(neighbourChunks(rangeFromDays('2026-04-01', '2026-04-30'))).toEqual([
      { from: '2026-03-01', to: '2026-03-31' },
      { from: '2026-05-01', to: '2026-05-31' },
    ]);
    // a quarter view fetches one month either side, not a quarter's worth
    expect(neighbourChunks(rangeFromDays('2026-04-01', '2026-06-30'))).toEqual([
      { from: '2026-03-01', to: '2026-03-31' },
      { from: '2026-07-01', to: '2026-07-31' },
    ]);
  });

  it('prefetches two months on each side of the held ones, nearest first', () => {
    expect(chunksAround(rangeFromDays('2026-03-01', '2026-07-31'), 2)).toEqual([
      { from: '2026-02-01', to: '2026-02-28' },
      { from: '2026-08-01', to: '2026-08-31' },
      { from: '2026-01-01', to: '2026-01-31' },
      { from: '2026-09-01', to: '2026-09-30' },
    ]);
    expect(chunksAround(rangeFromDays('2026-11-01', '2027-01-31'), 1)).toEqual(neighbourChunks(rangeFromDays('2026-11-01', '2027-01-31')));
  });

  it('keeps to months in a year view, so zooming reuses what is cached', () => {
    const chunks = chunksForRange(rangeFromDays('2026-01-01', '2026-12-31'));
    expect(chunks).toHaveLength(12);
    expect(chunks[11]).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(neighbourChunks(rangeFromDays('2026-01-01', '2026-12-31'))).toEqual([
      { from: '2025-12-01', to: '2025-12-31' },
      { from: '2027-01-01', to: '2027-01-31' },
    ]);
  });
});

describe('subscription links', () => {
  it('widens the feed’s past to reach back to the view’s first day', () => {
    expect(feedPastDays('2026-04-01', '2026-11-26')).toBe(240);
    expect(feedPastDays('2026-11-01', '2026-11-26')).toBe(90);
  });

  it('subscribes to the view’s filters without its dates, so the feed rolls with time', () => {
    const filter = { from: '2026-04-01', to: '2026-06-30', person: ['friedrich-merz'], kind: ['visit' as const] };
    expect(buildViewFeedPath(filter, '2026-04-01', '2026-11-26')).toBe('/feeds/view.ics?person=friedrich-merz&kind=visit&past=240');
    expect(buildViewFeedPath({}, '2026-11-20', '2026-11-26')).toBe('/feeds/view.ics?past=90');
    // On the server nobody knows the viewer's today: no `past` rather than a wrong one.
    expect(buildViewFeedPath({}, '2026-11-20', '')).toBe('/feeds/view.ics');
  });

  it('adds the personal feed key, and builds webcal and Google Calendar links from the address', () => {
    expect(withFeedKey('/feeds/view.ics?country=US&past=240', 'k3y_-x')).toBe('/feeds/view.ics?country=US&past=240&key=k3y_-x');
    expect(withFeedKey('/feeds/all.ics', 'k3y')).toBe('/feeds/all.ics?key=k3y');
    expect(withFeedKey('/feeds/all.ics', null)).toBe('/feeds/all.ics');
    const links = buildFeedLinks('https://summitry.example', '/feeds/view.ics?country=US&past=240');
    expect(links.webcal).toBe('webcal://summitry.example/feeds/view.ics?country=US&past=240');
    expect(links.google).toBe(
      'https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Fsummitry.example%2Ffeeds%2Fview.ics%3Fcountry%3DUS%26past%3D240',
    );
  });
});

describe('axis ticks read cleanly', () => {
  it('labels a week view’s in-between ticks with their time, so no day name repeats', () => {
    const range = { start: new Date(2026, 3, 5).getTime(), end: new Date(2026, 3, 12).getTime() };
    const { minor } = computeAxisTicks(range, 1250);
    const days = minor.map((t) => t.label).filter((label) => !/^\d\d:\d\d$/.test(label));
    expect(new Set(days).size).toBe(days.length);
    expect(days).toContain('Wed 8');
    expect(minor.length).toBeGreaterThan(days.length);
  });

  it('leaves out a tick that would print over the previous one (day ticks restarting at a month)', () => {
    const range = { start: new Date(2026, 2, 10).getTime(), end: new Date(2026, 4, 1).getTime() };
    const width = 1250;
    const { minor } = computeAxisTicks(range, width);
    const gaps = minor.slice(1).map((t, i) => t.x - minor[i].x);
    expect(Math.min(...gaps)).toBeGreaterThan(35);
  });
});

describe('pinned unit label', () => {
  const day = 100 / DAY_MS; // 100 px a day
  const major = [
    { at: Date.UTC(2026, 3, 1), x: 0, label: 'April 2026' },
    { at: Date.UTC(2026, 4, 1), x: 0, label: 'May 2026' },
  ];

  it('names the unit the view starts in', () => {
    expect(pinnedUnitLabel(major, Date.UTC(2026, 3, 10), day, 110)).toBe('April 2026');
    expect(pinnedUnitLabel(major, Date.UTC(2026, 4, 3), day, 110)).toBe('May 2026');
  });

  it('gives way when the next unit is about to be named at the edge, so the two never overlap', () => {
    expect(pinnedUnitLabel(major, Date.UTC(2026, 3, 30), day, 110)).toBe('');
    expect(pinnedUnitLabel(major, Date.UTC(2026, 3, 28), day, 110)).toBe('April 2026');
  });

  it('is empty without ticks', () => {
    expect(pinnedUnitLabel([], 0, day, 110)).toBe('');
  });
});
