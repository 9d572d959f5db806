/**
 * "Die Gespräche werden heute auf Schloss Gottorf fortgesetzt", "talks resume on Friday in
 * Geneva": a clause opening with the meeting's word, another day and a word of continuing makes
 * the same people meet again, on that day, where the clause says.
 */
import type { PhraseHit } from '../../../text/phrase-matcher';
import type { MeetingAtom } from '../../atoms';
import type { Clause, ClauseEnd } from '../clause';
import { CONTINUES } from '../clause-words';
import { hits } from '../triggers';

/** The last meeting's people again, on the clause's first day, at its place near `word` (else the last one's). */
export function meetingAgain(c: Clause, last: MeetingAtom, word: PhraseHit): ClauseEnd {
  const { r, seg, s } = c;
  const again: MeetingAtom = {
    kind: 'meeting', people: [...last.people], seg, sentence: s, date: seg.dates[0].range, time: r.timeNear(seg),
    place: r.placeNear(seg, word.end, true) ?? last.place, flag: c.flag, asPlanned: false, tense: r.a.tenseAt(word.start, s), sideline: false,
  };
  r.atoms.push(again);
  r.state.lastEvent = again;
  return { subject: null, place: again.place };
}

export function talksResumed(c: Clause): ClauseEnd | undefined {
  const { r, seg } = c;
  const ana = hits(seg, 'meetingAnaphor')[0];
  const last = r.state.lastEvent;
  if (!ana || last?.kind !== 'meeting' || !last.date || !seg.dates.length || +seg.dates[0].range.start === +last.date.start || !CONTINUES.test(c.folded)) return undefined;
  return meetingAgain(c, last, ana);
}
