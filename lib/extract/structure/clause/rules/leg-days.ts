/**
 * The days of a trip leg: a new day after a postponement, a range ("from the 8th to the 12th",
 * "mardi et mercredi"), two days with words of beginning and ending, else the day nearest the
 * travel word.
 */
import { daysBetween, type DayRange } from '../../../dates/resolve-dates';
import type { PhraseHit } from '../../../text/phrase-matcher';
import type { Clause } from '../clause';
import { UNTIL_BEFORE } from '../../sentence-dates';
import { hits } from '../triggers';

/** words of a stay beginning or ending: "began", "si è concluso", "endete", "comenzó" */
const BEGIN_END = /(?:^|\s)(?:iniziat\w*|conclus\w*|began|begins|started|starts|ended|ends|wrapped|commenc\w*|termin\w*|begann|endete|beginnt|endet|comenz\w*|conclu\w*|inici\w*|finaliz\w*)(?:\s|,|$)/;

export function legDays(c: Clause, travelHit: PhraseHit): { date: DayRange | null; isRange: boolean } {
  const { r, seg } = c;
  const newDate = r.newDate(seg);
  if (newDate) return { date: newDate, isRange: newDate.end > newDate.start };
  const ranges = seg.dates.filter((d) => d.range.end > d.range.start);
  if (ranges.length) return { date: rangeStay(c, travelHit, ranges[0]), isRange: true };
  const listed = r.listedDays(seg);
  // "mardi et mercredi", "Tuesday and Wednesday": the days listed span the stay.
  if (listed) return { date: listed, isRange: true };
  const plain = seg.dates.filter((d) => d.mention.kind !== 'anaphor');
  const until = untilStay(c, travelHit, plain);
  if (until) return { date: until, isRange: true };
  if (plain.length >= 2 && BEGIN_END.test(c.folded)) {
    const starts = plain.map((d) => d.range.start).sort((x, y) => +x - +y);
    return { date: { start: starts[0], end: starts[starts.length - 1] }, isRange: true };
  }
  // "After meeting Scholz in Berlin on Monday, Macron flew to Warsaw on Tuesday": a day in the
  // opening phrase is the phrase's own.
  const own = c.openingComma >= 0 && travelHit.start > c.openingComma ? plain.filter((d) => d.mention.start > c.openingComma) : [];
  if (own.length) return { date: own[0].range, isRange: false };
  return { date: r.dateNear(seg, travelHit.start), isRange: false };
}

/** "en visite d'Etat en France jusqu'à jeudi", "in visita fino a giovedì": from the day told before (or the news day) until that day. */
function untilStay(c: Clause, travelHit: PhraseHit, plain: Clause['seg']['dates']): DayRange | null {
  const { r, seg } = c;
  const end = plain.find((d) => UNTIL_BEFORE.test(r.a.folded.slice(Math.max(seg.start, d.mention.start - 12), d.mention.start)));
  if (!end) return null;
  const from = plain.find((d) => d !== end && d.range.start < end.range.start)?.range ?? r.newsDay(seg, travelHit.start, c.s);
  if (!from || from.start >= end.range.start || daysBetween(end.range.start, from.start) > 14) return null;
  return { start: from.start, end: end.range.end };
}

/**
 * A range in the clause, stretched back to the day of leaving or arriving when the traveller goes
 * to something ("departed on Monday for Sochi to attend a summit from Oct. 23 to 25", "arrived
 * here to attend the summit to be held Nov 26-27": there since the report's day).
 */
function rangeStay(c: Clause, travelHit: PhraseHit, range: Clause['seg']['dates'][number]): DayRange {
  const { r, seg } = c;
  const purpose = [...hits(seg, 'attend'), ...hits(seg, 'summit')].find((h) => h.start > travelHit.end && h.end <= range.mention.start);
  const leaving = purpose && seg.dates.find((d) => d.range.end <= d.range.start && d.mention.end <= purpose.start && d.range.start < range.range.start && daysBetween(range.range.start, d.range.start) <= 7);
  if (leaving) return { start: leaving.range.start, end: range.range.end };
  if (purpose && r.a.tenseAt(travelHit.start, c.s) === 'past') {
    const arrived = r.inLead(seg, c.s) ? r.a.reference : null;
    if (arrived && arrived < range.range.start && daysBetween(range.range.start, arrived) <= 7) return { start: arrived, end: range.range.end };
  }
  return range.range;
}
