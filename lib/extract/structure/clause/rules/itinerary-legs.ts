/**
 * Itineraries told in one clause after a trip leg: "in Brussels on Thursday and Friday, then in
 * Warsaw on Saturday, and in Vilnius on Sunday", "estará en A el 8 y en B el 10", "dann am Samstag
 * in Warschau", "poi sabato a Varsavia": each later place, joined by "and"/"then" and a preposition,
 * is another stop of the same traveller, with the days told between it and the next stop.
 */
import type { DayRange } from '../../../dates/resolve-dates';
import { placeKeyOf, type TravelAtom } from '../../atoms';
import type { TriggerKind } from '../../analysis';
import type { Clause } from '../clause';

/** The words joining two stops: "and"/"then" (or a comma), perhaps days, and a preposition before the next place. */
const CONNECTOR = /(?:^|[\s,])(?:and|then|and then|y|luego|despues|e|ed|poi|quindi|et|puis|ensuite|und|dann|danach|anschliessend)(?=\s)|,/g;
const BEFORE_PLACE = /(?:^|\s)(?:in|en|a|ad|al|au|aux|à|nach|to|at|zu|im|in die|in den|per|pour|para|hacia|verso|for)\s*$/;
const ELIDED_PREPOSITION = /(?:,|\s(?:and|y|e|ed|et|und))\s*$/;
const STOP_GAP_MAX = 70;
/** Words that may stand between two stops: going on, travelling, being somewhere. */
const LEG_WORDS = new Set<TriggerKind>(['onward', 'travel', 'arrive', 'stay', 'copula']);

export function itineraryLegs(c: Clause): undefined {
  const { r, seg } = c;
  const legs = r.atoms.filter((x): x is TravelAtom => x.kind === 'travel' && x.seg === seg);
  const lastLeg = legs[legs.length - 1];
  if (!lastLeg?.place || c.denial) return undefined;
  const stops = c.usable.filter((p) => p.start > c.travelHits[c.travelHits.length - 1].end);
  // The leg may have been read as a country-level itinerary ("A and B" with a range): its first city.
  const at = lastLeg.place.city ? stops.findIndex((p) => p.entry.type !== 'country' && r.toRef(p.entry).city === lastLeg.place!.city) : stops.findIndex((p) => p.entry.type !== 'country');
  if (at < 0) return undefined;
  const connectors: number[] = [];
  for (let i = at + 1; i < stops.length; i++) {
    const connector = connectorBetween(c, stops[i - 1].end, stops[i].start);
    if (connector < 0) break;
    connectors.push(connector);
  }
  if (!connectors.length) return undefined;
  const days: DayRange[] = [];
  for (let k = 0; k < connectors.length; k++) {
    const day = daysIn(c, connectors[k], connectors[k + 1] ?? stops[at + k + 2]?.start ?? seg.end);
    if (!day) break;
    days.push(day);
  }
  if (!days.length) return undefined;
  const firstDay = daysIn(c, c.travelHits[c.travelHits.length - 1].start, connectors[0]) ?? (lastLeg.date && +lastLeg.date.start < +days[0].start ? lastLeg.date : null);
  if (!firstDay) return undefined;
  lastLeg.place = r.toRef(stops[at].entry);
  lastLeg.date = firstDay;
  lastLeg.isRange = firstDay.end > firstDay.start;
  r.legDays.set(lastLeg.travellers[0].name + '|' + placeKeyOf(lastLeg.place), firstDay);
  for (const [k, day] of days.entries()) {
    const place = r.toRef(stops[at + 1 + k].entry);
    r.atoms.push({ ...lastLeg, date: day, isRange: day.end > day.start, place, companions: lastLeg.companions });
    r.legDays.set(lastLeg.travellers[0].name + '|' + placeKeyOf(place), day);
  }
  return undefined;
}

/** Where the words between two places join them as stops (the connector's position), or -1. */
function connectorBetween(c: Clause, from: number, to: number): number {
  const gap = c.r.a.folded.slice(from, to);
  if (gap.length > STOP_GAP_MAX || /[.;:]/.test(gap)) return -1;
  // "in Berlin on Monday, Warsaw on Tuesday and Vilnius on Wednesday": after a stop with its day,
  // a list may leave the preposition out.
  const elided = ELIDED_PREPOSITION.test(gap) && c.seg.dates.some((d) => d.mention.start >= from && d.mention.end <= to);
  if (!BEFORE_PLACE.test(gap) && !elided) return -1;
  // Another person or event word between the places starts another clause's matter.
  if (c.seg.persons.some((p) => p.start >= from && p.start < to)) return -1;
  for (const [kind, hs] of c.seg.triggers) if (!LEG_WORDS.has(kind) && hs.some((h) => h.start >= from && h.start < to)) return -1;
  // The last connector: "on Thursday and Friday, then in Warsaw" joins the stops at "then".
  const last = [...gap.matchAll(CONNECTOR)].pop();
  return last ? from + last.index : -1;
}

/** The days told in [from, to): one day, or the span of the days listed. */
function daysIn(c: Clause, from: number, to: number): DayRange | null {
  const ds = c.seg.dates.filter((d) => d.mention.start >= from && d.mention.start < to && !d.mention.eventRelative && !d.report);
  if (!ds.length) return null;
  const start = ds.reduce((m, d) => (d.range.start < m ? d.range.start : m), ds[0].range.start);
  const end = ds.reduce((m, d) => (d.range.end > m ? d.range.end : m), ds[0].range.end);
  return end.diff(start, 'days').days <= 7 ? { start, end } : ds[0].range;
}
