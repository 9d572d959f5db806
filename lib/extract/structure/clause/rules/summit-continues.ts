/**
 * "Les travaux se poursuivent aujourd'hui", "talks continue on Friday", "et sera clos jeudi 30",
 * "closes on Thursday": the open summit runs to that day.
 */
import { daysBetween } from '../../../dates/resolve-dates';
import type { Clause, ClauseEnd } from '../clause';
import { CLOSING, CONTINUES } from '../clause-words';

export function summitContinues(c: Clause): ClauseEnd | undefined {
  const { r, seg } = c;
  const cur = r.state.summit;
  if (!cur?.date || !seg.dates.length || c.people.length || !(CONTINUES.test(c.folded) || (CLOSING.test(c.folded) && c.s === cur.sentence))) return undefined;
  const d = seg.dates[seg.dates.length - 1].range;
  if (d.end <= cur.date.end || daysBetween(d.end, cur.date.start) > 7) return undefined;
  cur.date = { start: cur.date.start, end: d.end };
  r.addEvidence(cur, seg);
  return { subject: null, place: null };
}
