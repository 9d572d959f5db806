/**
 * "estará en A el 8 y 9 y en B el 10": an elliptic coordination after a leg is another leg of the
 * same traveller, each place with the days that follow it.
 */
import { placeKeyOf, type TravelAtom } from '../../atoms';
import type { Clause } from '../clause';

/** "... and in B", "y en B", "e a B", "puis à B", "und in B": the next stop of an itinerary, verb elided. */
const ELLIPTIC_LEG = /(?:^|\s|,)(?:and|y|e|ed|et|und|then|luego|poi|puis|dann)\s+(?:in|en|a|ad|au|a la|nach|to|at)\s*$/;

export function ellipticLegs(c: Clause): undefined {
  const { r, seg } = c;
  const legs = r.atoms.filter((x): x is TravelAtom => x.kind === 'travel' && x.seg === seg);
  const lastLeg = legs[legs.length - 1];
  if (!lastLeg?.place || c.denial) return undefined;
  const cities = c.usable.filter((p) => p.entry.type === 'city' && p.start > c.travelHits[c.travelHits.length - 1].end);
  // The leg may have been read as a country-level itinerary ("A and B" with a range): its first city.
  const firstIdx = lastLeg.place.city ? cities.findIndex((p) => lastLeg.place && r.toRef(p.entry).city === lastLeg.place.city) : cities.length ? 0 : -1;
  if (firstIdx < 0 || cities.length <= firstIdx + 1) return undefined;
  const dayAfter = (pos: number, to: number) => seg.dates.find((d) => d.mention.start >= pos && d.mention.start < to && d.mention.start - pos <= 30 && !d.mention.eventRelative);
  const own = dayAfter(cities[firstIdx].end, cities[firstIdx + 1].start);
  if (!own || !ELLIPTIC_LEG.test(r.a.folded.slice(cities[firstIdx].end, cities[firstIdx + 1].start))) return undefined;
  lastLeg.place = r.toRef(cities[firstIdx].entry);
  lastLeg.date = own.range;
  lastLeg.isRange = own.range.end > own.range.start;
  r.legDays.set(lastLeg.travellers[0].name + '|' + placeKeyOf(lastLeg.place), own.range);
  for (let i = firstIdx + 1; i < cities.length; i++) {
    const city = cities[i];
    if (!ELLIPTIC_LEG.test(r.a.folded.slice(cities[i - 1].end, city.start))) break;
    const d = dayAfter(city.end, cities[i + 1]?.start ?? seg.end);
    if (!d) break;
    const place = r.toRef(city.entry);
    const leg: TravelAtom = { ...lastLeg, date: d.range, isRange: d.range.end > d.range.start, place, companions: lastLeg.companions };
    r.atoms.push(leg);
    r.legDays.set(leg.travellers[0].name + '|' + placeKeyOf(place), d.range);
  }
  return undefined;
}
