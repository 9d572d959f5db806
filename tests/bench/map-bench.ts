/**
 * `npx tsx tests/bench/map-bench.ts`: drawing a person's itinerary map (issue 15's target: under
 * 100 ms for 500 events). The world's basemap and the town table load once per process; the
 * figures are for a warm process, after a first map, as a server serving its second page.
 */
import { performance } from 'node:perf_hooks';
import { buildItineraryMap, type MapStop } from '../../lib/maps/itinerary-map';

const CITIES: Array<[string, string]> = [['Washington', 'US'], ['Paris', 'FR'], ['Berlin', 'DE'], ['Tokyo', 'JP'], ['Nairobi', 'KE'], ['Brasília', 'BR'], ['New Delhi', 'IN'], ['Canberra', 'AU'], ['Ankara', 'TR'], ['Munich', 'DE'], ['Geneva', 'CH'], [`Cape Town`, 'ZA']];

function stops(n: number): MapStop[] {
  return Array.from({ length: n }, (_, i) => {
    const [city, country] = CITIES[i % CITIES.length];
    return { eventId: i + 1, title: `Event ${i + 1}`, date: `2026-${String((i % 12) + 1).padStart(2, '0')}-01`, city, country };
  });
}

const cold = performance.now();
buildItineraryMap(stops(1));
const first = performance.now() - cold;
const rows: string[] = [];
for (const n of [10, 100, 500]) {
  const times: number[] = [];
  for (let k = 0; k < 15; k++) {
    const t0 = performance.now();
    buildItineraryMap(stops(n));
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  rows.push(`| ${n} | ${times[Math.floor(times.length / 2)].toFixed(1)} ms | ${times[times.length - 1].toFixed(1)} ms |`);
}
console.log(`First map of the process (loads the basemap and the town table): ${first.toFixed(0)} ms\n`);
console.log('| stops | median | slowest of 15 |\n|---:|---:|---:|\n' + rows.join('\n'));
