import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutLane, stackIntervals, visibleItems } from '@/lib/timeline/lane-layout';

describe('stackIntervals', () => {
  it('puts overlapping events in one lane on different rows and reuses a row once it is free', () => {
    const { rows, rowCount } = stackIntervals([
      { start: 0, end: 10 },
      { start: 5, end: 15 },
      { start: 12, end: 20 },
      { start: 6, end: 8 },
    ]);
    expect(rows).toEqual([0, 1, 0, 2]);
    expect(rowCount).toBe(3);
  });

  it('treats events closer than the label width as overlapping', () => {
    expect(stackIntervals([{ start: 0, end: 1 }, { start: 2, end: 3 }], 0).rows).toEqual([0, 0]);
    expect(stackIntervals([{ start: 0, end: 1 }, { start: 2, end: 3 }], 5).rows).toEqual([0, 1]);
  });

  it('never lets two stacked events share a row while they overlap, heights included', () => {
    const interval = fc.record({ start: fc.integer({ min: 0, max: 1000 }), length: fc.integer({ min: 0, max: 200 }), height: fc.integer({ min: 1, max: 4 }) });
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 60 }), fc.integer({ min: 0, max: 50 }), (raw, minDuration) => {
        const intervals = raw.map((r) => ({ start: r.start, end: r.start + r.length, height: r.height }));
        const { rows, rowCount } = stackIntervals(intervals, minDuration);
        for (let i = 0; i < intervals.length; i++) {
          expect(rows[i] + intervals[i].height).toBeLessThanOrEqual(rowCount);
          for (let j = i + 1; j < intervals.length; j++) {
            const a = intervals[i];
            const b = intervals[j];
            const overlapInTime = a.start < Math.max(b.end, b.start + minDuration) && b.start < Math.max(a.end, a.start + minDuration);
            const overlapInRows = rows[i] < rows[j] + b.height && rows[j] < rows[i] + a.height;
            expect(overlapInTime && overlapInRows).toBe(false);
          }
        }
      }),
    );
  });
});

describe('layoutLane', () => {
  const visit = { value: 'visit', start: 100, end: 600, children: [
    { value: 'trump', start: 100, end: 200 },
    { value: 'rubio', start: 100, end: 200 },
    { value: 'hegseth', start: 100, end: 200 },
  ] };

  it('gives a visit one row for itself and one per stacked meeting inside it', () => {
    const layout = layoutLane([visit], 0);
    expect(layout.items).toHaveLength(1);
    expect(layout.items[0].rows).toBe(4);
    expect(layout.items[0].children.map((c) => c.row).sort()).toEqual([0, 1, 2]);
    expect(layout.rowCount).toBe(4);
  });

  it('stacks a second event that overlaps a visit below all of the visit’s rows', () => {
    const layout = layoutLane([visit, { value: 'call', start: 300, end: 310 }], 0);
    const call = layout.items.find((i) => i.value === 'call')!;
    expect(call.row).toBe(4);
    expect(layout.rowCount).toBe(5);
  });

  it('finds only the items that reach into the visible window', () => {
    const inputs = Array.from({ length: 100 }, (_, i) => ({ value: i, start: i * 10, end: i * 10 + 5 }));
    inputs.push({ value: 999, start: 0, end: 2000 });
    const layout = layoutLane(inputs, 0);
    const seen = visibleItems(layout, 500, 530).map((i) => i.value).sort((a, b) => a - b);
    expect(seen).toEqual([50, 51, 52, 999]);
    expect(visibleItems(layout, 5000, 6000)).toEqual([]);
  });
});

describe('LaneLayoutCache', () => {
  it('reuses a lane’s layout while its events and the zoom step are unchanged, and redoes it when they change', async () => {
    const { LaneLayoutCache, buildTimelineLanes } = await import('@/lib/timeline/build-lanes');
    const event = (id: number, day: string) => ({
      id, version: 1, parentId: null, kind: 'meeting' as const, title: `e${id}`, status: 'held' as const, certainty: 'confirmed' as const, allDay: true,
      start: day, end: day, startDate: day, endDate: day, startUtc: null, endUtc: null, timezone: null, place: null,
      participants: [{ personId: 1, name: 'A', slug: 'a', role: null, organization: null, country: null }],
      sources: [], notes: null, deletedAt: null, createdAt: '', updatedAt: '',
    });
    const cache = new LaneLayoutCache();
    const first = cache.layout(buildTimelineLanes([event(1, '2026-04-01')], 'person', {}), 1000);
    const same = cache.layout(buildTimelineLanes([event(1, '2026-04-01')], 'person', {}), 1000);
    expect(same[0]).toBe(first[0]);
    const otherZoom = cache.layout(buildTimelineLanes([event(1, '2026-04-01')], 'person', {}), 2000);
    expect(otherZoom[0]).not.toBe(first[0]);
    expect(cache.layout(buildTimelineLanes([event(1, '2026-04-01')], 'person', {}), 1000)[0]).toBe(first[0]);
    const changed = cache.layout(buildTimelineLanes([event(1, '2026-04-01'), event(2, '2026-04-01')], 'person', {}), 1000);
    expect(changed[0]).not.toBe(first[0]);
    expect(changed[0].rowCount).toBe(2);
  });
});

describe('lanesWithEventsIn', () => {
  it('keeps the lanes with an event (or a visit’s meeting) in the range, in order, and drops the others', async () => {
    const { lanesWithEventsIn } = await import('@/lib/timeline/build-lanes');
    const lane = (key: string, inputs: Array<{ start: number; end: number; children?: Array<{ start: number; end: number }> }>) => ({
      key, label: key, signature: key,
      inputs: inputs.map((i) => ({ value: key, start: i.start, end: i.end, children: i.children?.map((c) => ({ value: key, ...c })) })),
    });
    const lanes = [lane('before', [{ start: 0, end: 10 }]), lane('inside', [{ start: 95, end: 105 }]), lane('child', [{ start: 0, end: 10, children: [{ start: 120, end: 130 }] }]), lane('after', [{ start: 300, end: 310 }])];
    expect(lanesWithEventsIn(lanes, 100, 200).map((l) => l.key)).toEqual(['inside', 'child']);
    expect(lanesWithEventsIn(lanes, 0, 400)).toBe(lanes);
    expect(lanesWithEventsIn(lanes, 10, 95)).toEqual([]);
  });
});
