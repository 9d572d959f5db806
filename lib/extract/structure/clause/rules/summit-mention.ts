/**
 * A summit word: a new summit with its days and place, or more about the open one ("the two-day
 * summit ending on the 16th"). A summit told first without a day of its own is the report's news
 * of that day; later ones are background ("preparing the summit in Rio").
 */
import { daysBetween, type DayRange } from '../../../dates/resolve-dates';
import type { SummitAtom } from '../../atoms';
import type { Clause } from '../clause';
import { countWord } from '../../../lexicon';
import { CLOSING, DURATION, HERE_IN, OPENING, WHERE_CLAUSE } from '../clause-words';

export function summitMention(c: Clause): undefined {
  const { r, seg, s, folded } = c;
  const st = r.state;
  const summitHit = c.summitHit;
  if (!summitHit || c.denial) return undefined;
  const b0 = c.base(summitHit.start, true);
  // A summit is somewhere even when the clause names the venue far from the word, or the report
  // named it before: the nearest place in the clause, then the one the sentence went on from.
  const relative = WHERE_CLAUSE.test(folded);
  const place = (relative ? c.prevPlace : null) ?? r.placeNear(seg, summitHit.start, false, 110) ?? r.placeNear(seg, summitHit.start, true, seg.end - seg.start) ?? c.prevPlace ?? r.datelinePlace(true) ?? (HERE_IN[r.a.lex.lang].test(folded) ? r.reportTown() : null);
  const b = { ...b0, place };
  const plainDates = seg.dates.filter((d) => d.mention.kind !== 'anaphor');
  const ownDate = plainDates.length ? r.listedDays(seg) ?? openToClose(c, plainDates) ?? r.relativeClauseDate(seg, summitHit) ?? r.dateNear(seg, summitHit.start) : null;
  const cur = st.summit;
  // "The two leaders last met ... on the sidelines of the APEC summit": a past summit without a
  // day of its own, told beside one still to come, is background and tells nothing about it.
  if (cur && !ownDate && b0.tense === 'past' && cur.tense === 'future') return undefined;
  const date = ownDate ?? (st.lastEvent ? null : r.newsDay(seg, summitHit.start, s));
  if (cur && (!ownDate || !cur.date || cur.dayAssumed || within(ownDate, cur.date) || (ownDate.end > ownDate.start && +cur.date.start === +cur.date.end && Math.abs(daysBetween(ownDate.start, cur.date.start)) <= 3))) {
    if (ownDate && (!cur.date || cur.dayAssumed || ownDate.end > ownDate.start)) {
      cur.date = ownDate;
      cur.dayAssumed = false;
    }
    if (b.place && !cur.place) cur.place = b.place;
    if (ownDate || b.place) r.addEvidence(cur, seg);
  } else if (date) {
    const sm: SummitAtom = { kind: 'summit', attendees: [], ...b, date, dayAssumed: !ownDate, time: r.timeNear(seg), conference: /^(?:\S*-)?(?:conferen|konferenz|forum|foro)/.test(summitHit.phrase) };
    st.summit = sm;
    st.lastEvent = sm;
    r.atoms.push(sm);
  }
  stretchToDuration(c, ownDate);
  return undefined;
}

/** "s'est ouvert mercredi 29 novembre ... et sera clos jeudi 30", "opened on Monday and closes on Wednesday": from the opening day to the closing day. */
function openToClose(c: Clause, dates: Clause['seg']['dates']): DayRange | null {
  if (dates.length < 2 || !OPENING.test(c.folded) || !CLOSING.test(c.folded)) return null;
  const start = dates[0].range.start;
  const end = dates[dates.length - 1].range.end;
  return end > start && daysBetween(end, start) <= 7 ? { start, end } : null;
}

function within(inner: DayRange, outer: DayRange): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/**
 * "a two-day summit": a summit of one day so far spans the days said. A day of its own is the
 * last ("the two-day summit ending on the 16th"); the report's day is the last when the summit is
 * wrapping up, else the first ("a two-day summit opens today").
 */
function stretchToDuration(c: Clause, ownDate: DayRange | null): void {
  const summit = c.r.state.summit;
  const dur = DURATION.exec(c.folded);
  const n = dur ? countWord(c.r.a.lex, dur[1] ?? dur[2] ?? '') : null;
  if (!summit?.date || !n || n <= 1 || n >= 15 || +summit.date.start !== +summit.date.end) return;
  const day = summit.date.start;
  const opening = OPENING.test(c.folded);
  if (!opening && (ownDate || (summit.dayAssumed && CLOSING.test(c.folded)))) summit.date = { start: day.minus({ days: n - 1 }), end: day };
  else if (opening || summit.dayAssumed) summit.date = { start: day, end: day.plus({ days: n - 1 }) };
}
