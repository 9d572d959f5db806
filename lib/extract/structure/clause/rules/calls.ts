/**
 * Calls: everyone on the line, with the person followed when the clause names one side only.
 * "avec Donald Trump, puis avec Volodymyr Zelensky": one call per side introduced on its own.
 */
import type { Person } from '../../../people/find-people';
import type { MeetingAtom } from '../../atoms';
import type { Clause } from '../clause';
import { COORDINATION, PREPOSITION_BETWEEN } from '../clause-words';
import { has } from '../triggers';

export function calls(c: Clause): undefined {
  const { r, seg, callHit } = c;
  const st = r.state;
  if (!callHit || c.denial) return undefined;
  const ps = onLine(c).map((p) => p.person);
  const other = c.latter ?? c.subjectBefore(callHit.start).filter((p) => !c.meetingThenCall() || p.start > c.openingComma)[0]?.person ?? r.titledSubject(seg, seg.start, callHit.start) ?? c.prevSubject ?? st.lastPerson ?? st.focus;
  const all = ps.length === 1 && other && other !== ps[0] ? [other, ...ps] : ps;
  const b = c.base(callHit.start, false);
  for (const line of linesOf(c, all)) {
    if (line.length < 2 || !b.date) continue;
    // A call "to explain the cancellation" is not itself cancelled.
    const atom: MeetingAtom = { kind: 'call', people: line, ...b, place: null, flag: null };
    r.atoms.push(atom);
    st.lastEvent = atom;
    c.subject = line[0];
  }
  return undefined;
}

/** The people who can be on the line: not companions, nor the people met in an opening phrase. */
function onLine(c: Clause): Clause['people'] {
  return c.people.filter((p) => c.notCompanion(p) && (!c.meetingThenCall() || p.start > c.openingComma));
}

/**
 * The calls of the clause: one, or one per side after the caller, each introduced by its own
 * preposition ("avec Donald Trump, puis avec Volodymyr Zelensky") or listed ("spoke with A, B and
 * C": one call each), unless the clause says they were on the line together.
 */
function linesOf(c: Clause, all: Person[]): Person[][] {
  const eligible = onLine(c);
  const firstOther = eligible.findIndex((p) => p.start > c.callHit!.start || c.isOther(p));
  if (firstOther <= 0 || eligible.length - firstOther < 2) return [all];
  const lines: Person[][] = [];
  const joint = has(c.seg, 'joint') && !has(c.seg, 'separate');
  const head = eligible.slice(0, firstOther).map((p) => p.person);
  let cur: Person[] = [...head, eligible[firstOther].person];
  for (let i = firstOther + 1; i < eligible.length; i++) {
    const gap = c.r.a.folded.slice(eligible[i - 1].end, eligible[i].start);
    if (PREPOSITION_BETWEEN.test(gap) || (!joint && COORDINATION.test(gap))) {
      lines.push(cur);
      cur = [...head, eligible[i].person];
    } else cur.push(eligible[i].person);
  }
  lines.push(cur);
  return lines;
}
