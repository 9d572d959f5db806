/**
 * Meetings: one per bilateral, with its place and day. The sides come from meeting-sides.ts;
 * this rule groups them ("meets A and B" is two bilaterals, "receives A and B" one delegation,
 * "together"/"trilateral" one meeting) and finds each meeting's place and day.
 */
import type { Person } from '../../../people/find-people';
import type { PhraseHit } from '../../../text/phrase-matcher';
import type { DayRange } from '../../../dates/resolve-dates';
import type { MeetingAtom, PlaceRef, TravelAtom } from '../../atoms';
import type { AtomFrame, Clause } from '../clause';
import { COORDINATION, HOST_VERB, JOINING_WORD, LATER, LOCATIVE, PREPOSITION_BETWEEN, WHERE_CLAUSE } from '../clause-words';
import { has } from '../triggers';
import { meetingSides, type MeetingSides } from './meeting-sides';

export function meetings(c: Clause): undefined {
  const { r, seg, meetHit } = c;
  // A call word makes the clause a call (calls.ts), unless the meeting is in an opening phrase;
  // "hosted the summit" is attending it.
  if (!meetHit || (c.callHit && !c.denial && !c.meetingThenCall()) || c.denial || (c.attendHit && c.summitHit && !c.sideline && r.onlyHosting(seg))) return undefined;
  const sides = meetingSides(c, meetHit);
  const b = c.base(meetHit.start, true);
  for (const [gi, g] of groupsOf(c, meetHit, sides).entries()) {
    const uniq = [...new Set(g)];
    if (uniq.length < 2) continue;
    const atom = meetingOf(c, meetHit, sides, b, uniq);
    if (!atom) continue;
    // A time in the clause belongs to its first meeting ("alle 12 l'incontro con X, seguito da un pranzo con Y").
    if (gi !== 0) atom.time = null;
    r.atoms.push(atom);
    r.state.lastEvent = atom;
  }
  if (sides.subj.length) c.subject = sides.subj[0];
  return undefined;
}

/** Who meets whom: each group is one meeting. */
function groupsOf(c: Clause, meetHit: PhraseHit, { subj, objects, between }: MeetingSides): Person[][] {
  const groups: Person[][] = [];
  const separate = has(c.seg, 'separate') && !has(c.seg, 'joint');
  if (between) groups.push(objects.map((o) => o.person));
  else if (!objects.length && subj.length >= 2) groups.push(subj);
  else if (objects.length && has(c.seg, 'joint') && !separate) groups.push([...subj, ...objects.map((o) => o.person)]);
  else if (objects.length && (separate || objects.length === 1)) for (const o of objects) groups.push([...subj, o.person]);
  else if (objects.length) {
    // Objects joined by a bare "and" meet together; each with its own preposition separately.
    // A host "receives A and B" together (a delegation); a guest "meets A and B" one by one.
    const hostVerb = HOST_VERB.test(meetHit.phrase);
    let cur: Person[] = [...subj, objects[0].person];
    for (let i = 1; i < objects.length; i++) {
      // "Schäuble (CDU) und am Donnerstag Steinmeier": a party or office in brackets is no separator.
      const gap = c.r.a.folded.slice(objects[i - 1].end, objects[i].start).replace(/\([^)]*\)/g, ' ');
      // "meets A and B": a list of objects after one subject is one bilateral each, unless the
      // clause says they meet together ("trilateral", "together").
      // "Scholz in Berlin on Monday and Tusk in Warsaw on Tuesday": a side with its own day or place is a meeting of its own.
      const ownDayOrPlace = JOINING_WORD.test(gap) && (c.seg.dates.some((d) => d.mention.start >= objects[i - 1].end && d.mention.start < objects[i].start) || c.usable.some((p) => p.start >= objects[i - 1].end && p.start < objects[i].start && LOCATIVE.test(c.r.a.folded.slice(Math.max(c.seg.start, p.start - 18), p.start))));
      if (PREPOSITION_BETWEEN.test(gap) || /\.|;/.test(gap) || (!hostVerb && COORDINATION.test(gap)) || ownDayOrPlace) {
        groups.push(cur);
        cur = [...subj, objects[i].person];
      } else cur.push(objects[i].person);
    }
    groups.push(cur);
  }
  return groups;
}

/** One meeting of the clause with its place and day, or null when it has no day of its own. */
function meetingOf(c: Clause, meetHit: PhraseHit, { subj, objects, between }: MeetingSides, b: AtomFrame, uniq: Person[]): MeetingAtom | null {
  const { r, seg } = c;
  const firstObj = objects.find((o) => o.person === uniq[uniq.length - 1]);
  const pos = firstObj && firstObj.tokenStart >= 0 ? firstObj.start : meetHit.start;
  // The place nearest the first named side of the meeting ("a Turnberry, tra X e Y").
  const firstSide = objects.find((o) => uniq.includes(o.person) && o.tokenStart >= 0);
  const placePos = between && firstSide ? firstSide.start : pos;
  const place = (firstObj && firstObj.tokenStart >= 0 ? r.placeForObject(seg, firstObj, objects) : null) ?? placeOf(c, meetHit, placePos, b, subj, uniq);
  // "postponed to Thursday 19 November": the meeting takes its new day.
  let date = r.newDate(seg) ?? (firstObj && firstObj.tokenStart >= 0 ? r.dateForObject(seg, firstObj, objects) : null) ?? r.dateNear(seg, pos, true);
  // "En Montevideo está previsto un encuentro": an undated meeting at a stop of the tour is on its first day.
  if (!seg.dates.length && place?.city) for (const p of uniq) date = date ?? r.legDayOf(p, place);
  date = date ?? b.date ?? undatedDay(c, b, uniq);
  // Within a stay of several days, a meeting told without its own day has none.
  if (!date || (date === b.date && !seg.dates.length && date.end > date.start)) return null;
  // "Zelensky und Merz hätten auch über X gesprochen", "Bei seinem Treffen mit Erdoğan will Merz":
  // the same people again without a day of their own tell more of their event, not a new one.
  if (!seg.dates.length && r.toldBefore(uniq)) return null;
  return { kind: 'meeting', people: uniq, ...b, place, date, time: b.time, dayAssumed: date === b.date && b.dayAssumed };
}

/**
 * Where a meeting is: the place the previous clause named ("..., where"), the place nearest its
 * side, the clause's place, anywhere in a clause the meeting noun opens ("L'incontro tra A e B,
 * previsto per il 12 a Berlino, è stato rinviato"), the trip the sentence tells, the host's
 * capital, else the dateline's town.
 */
function placeOf(c: Clause, meetHit: PhraseHit, placePos: number, b: AtomFrame, subj: Person[], uniq: Person[]): PlaceRef | null {
  const { r, seg } = c;
  const nounPhrase = meetHit.start - seg.start < 25 && !c.travelHits.length;
  // "Zunächst hält er in Nairobi eine Rede. Später trifft er Kenyatta": a word of sequence goes on where the story was.
  const later = LATER.test(c.folded) ? c.prevPlace ?? r.state.lastPlace : null;
  return (WHERE_CLAUSE.test(c.folded) ? c.prevPlace : null) ?? r.placeNear(seg, placePos, false) ?? b.place ?? (nounPhrase ? r.placeNear(seg, placePos, true, seg.end - placePos) : null) ?? tripOfSentence(c, uniq) ?? later ?? r.hostCapital(seg, meetHit, subj, uniq) ?? (c.sideline || r.state.summit ? null : r.datelinePlace());
}

/** "X will visit Brasilia next week, and meet his counterpart on Tuesday": the place of a trip the sentence tells of one of the sides. */
function tripOfSentence(c: Clause, uniq: Person[]): PlaceRef | null {
  const legs = c.r.atoms.filter((x): x is TravelAtom => x.kind === 'travel' && x.sentence === c.s && !!x.place && x.travellers.some((p) => uniq.includes(p)));
  return legs.length ? legs[legs.length - 1].place : null;
}

/**
 * The day of a meeting the clause gives no day: on the sidelines of a summit, the summit's first
 * day; else the day of a side's trip leg, unless the meeting is told in the past and the trip is
 * still to come ("In Berlin traf er Merkel", recalled after next Thursday's visit).
 */
function undatedDay(c: Clause, b: AtomFrame, uniq: Person[]): DayRange | null {
  const { r, seg } = c;
  const summit = r.state.summit;
  if (c.sideline && summit?.date) return { start: summit.date.start, end: summit.date.start };
  if (seg.dates.length === 0 && r.vagueTime(seg)) return null;
  const recalled = b.tense === 'past' && r.a.reference ? r.a.reference : null;
  for (const p of uniq) {
    const day = r.state.tripDay.get(p);
    if (day && !(recalled && day.start > recalled)) return day;
  }
  return null;
}
