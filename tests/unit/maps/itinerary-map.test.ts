import { describe, expect, it } from 'vitest';
import { buildItineraryMap, mapStopsOf, MAP_HEIGHT, MAP_WIDTH } from '../../../lib/maps/itinerary-map';

const stop = (eventId: number, date: string, city: string | null, country: string) => ({ eventId, title: `Event ${eventId}`, date, city, country });

describe('an itinerary on a world map (issue 15)', () => {
  it('puts each stop at its town, west to east as on the globe, with an arc per trip', () => {
    const map = buildItineraryMap([stop(1, '2026-04-08', 'Washington', 'US'), stop(2, '2026-07-07', 'Ankara', 'TR'), stop(3, '2027-02-12', 'Munich', 'DE')]);
    expect(map.stops.map((s) => s.eventId)).toEqual([1, 2, 3]);
    const [washington, ankara, munich] = map.stops;
    for (const s of map.stops) {
      expect(s.x).toBeGreaterThan(0);
      expect(s.x).toBeLessThan(MAP_WIDTH);
      expect(s.y).toBeGreaterThan(0);
      expect(s.y).toBeLessThan(MAP_HEIGHT);
    }
    expect(washington.x).toBeLessThan(munich.x);
    expect(munich.x).toBeLessThan(ankara.x);
    // Munich lies north of Ankara: smaller y on the map.
    expect(munich.y).toBeLessThan(ankara.y);
    // Washington is the capital on the east coast, not a town of that name in Utah.
    const utah = buildItineraryMap([stop(9, '2026-01-01', 'St. George', 'US')]).stops[0];
    expect(washington.x).toBeGreaterThan(utah.x + 50);
    expect(map.arcs).toHaveLength(2);
    expect(map.visited.length).toBeGreaterThan(100);
    expect(map.land.length).toBeGreaterThan(map.visited.length);
  });

  it('puts a stop with no known town at its country’s centre, and leaves out what it cannot place', () => {
    const map = buildItineraryMap([stop(1, '2026-04-08', null, 'FR'), stop(2, '2026-04-09', 'Nowhere-on-earth', 'ZZ')]);
    expect(map.stops.map((s) => s.eventId)).toEqual([1]);
    expect(map.arcs).toEqual([]);
  });

  it('takes as stops the events with a place, on their own, neither calls nor cancelled, in date order', () => {
    const base = { title: 't', city: null, status: 'held', parentId: null, kind: 'visit' };
    const stops = mapStopsOf([
      { ...base, id: 3, startDate: '2026-05-01', country: 'FR' },
      { ...base, id: 1, startDate: '2026-04-01', country: 'US' },
      { ...base, id: 2, startDate: '2026-04-02', country: 'US', parentId: 1, kind: 'meeting' },
      { ...base, id: 4, startDate: '2026-06-01', country: null, kind: 'call' },
      { ...base, id: 5, startDate: '2026-07-01', country: 'DE', status: 'cancelled' },
    ]);
    expect(stops.map((s) => s.eventId)).toEqual([1, 3]);
  });
});
