import { describe, expect, it } from 'vitest';
import { firstVisibleEvent, isNavigationKey, laneSequence, nextEventTarget } from '@/lib/timeline/lane-navigation';
import { layoutLane, type LayoutInput } from '@/lib/timeline/lane-layout';

type Value = { id: number };
const event = (id: number, start: number, end = start + 1, children: Array<LayoutInput<Value>> = []): LayoutInput<Value> => ({ value: { id }, start, end, children });

// lane 0: a visit (1) from 10 to 20 with meetings (2, 3) on 12 and 15, then an event (4) at 30
// lane 1: nothing; lane 2: events at 5 (5) and 16 (6)
const layouts = [
  layoutLane([event(4, 30), event(1, 10, 20, [event(3, 15), event(2, 12)])], 0),
  layoutLane<Value>([], 0),
  layoutLane([event(6, 16), event(5, 5)], 0),
];

describe('lane navigation', () => {
  it('lists a lane’s events in time order with the meetings of a visit among them', () => {
    expect(laneSequence(layouts[0]).map((item) => item.id)).toEqual([1, 2, 3, 4]);
  });

  it('moves along a lane with the arrows and to its ends with Home and End', () => {
    expect(nextEventTarget(layouts, { laneIndex: 0, id: 2 }, 'ArrowRight')).toEqual({ laneIndex: 0, id: 3, start: 15 });
    expect(nextEventTarget(layouts, { laneIndex: 0, id: 2 }, 'ArrowLeft')).toEqual({ laneIndex: 0, id: 1, start: 10 });
    expect(nextEventTarget(layouts, { laneIndex: 0, id: 2 }, 'Home')).toEqual({ laneIndex: 0, id: 1, start: 10 });
    expect(nextEventTarget(layouts, { laneIndex: 0, id: 2 }, 'End')).toEqual({ laneIndex: 0, id: 4, start: 30 });
  });

  it('says there is nothing further at a lane’s ends', () => {
    expect(nextEventTarget(layouts, { laneIndex: 0, id: 4 }, 'ArrowRight')).toBeNull();
    expect(nextEventTarget(layouts, { laneIndex: 0, id: 1 }, 'ArrowLeft')).toBeNull();
    expect(nextEventTarget(layouts, { laneIndex: 0, id: 1 }, 'ArrowUp')).toBeNull();
  });

  it('moves up and down to the event closest in time of the next lane that has one, skipping empty lanes', () => {
    expect(nextEventTarget(layouts, { laneIndex: 0, id: 3 }, 'ArrowDown')).toEqual({ laneIndex: 2, id: 6, start: 16 });
    expect(nextEventTarget(layouts, { laneIndex: 2, id: 5 }, 'ArrowUp')).toEqual({ laneIndex: 0, id: 1, start: 10 });
    expect(nextEventTarget(layouts, { laneIndex: 2, id: 6 }, 'ArrowDown')).toBeNull();
  });

  it('leaves the key alone for an event its lane does not hold', () => {
    expect(nextEventTarget(layouts, { laneIndex: 0, id: 99 }, 'ArrowRight')).toBeUndefined();
    expect(nextEventTarget(layouts, { laneIndex: 7, id: 1 }, 'ArrowRight')).toBeUndefined();
  });

  it('knows which keys move between events', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End']) expect(isNavigationKey(key)).toBe(true);
    for (const key of ['Enter', ' ', 't', '+', 'PageDown']) expect(isNavigationKey(key)).toBe(false);
  });

  it('offers the first event on screen, in the order the lanes are drawn, to the Tab key', () => {
    expect(firstVisibleEvent(layouts, [1, 2, 0], { start: 0, end: 40 })).toEqual({ laneIndex: 2, id: 5 });
    expect(firstVisibleEvent(layouts, [0, 1, 2], { start: 25, end: 40 })).toEqual({ laneIndex: 0, id: 4 });
    expect(firstVisibleEvent(layouts, [1], { start: 0, end: 40 })).toBeNull();
    expect(firstVisibleEvent(layouts, [], { start: 0, end: 40 })).toBeNull();
  });
});
