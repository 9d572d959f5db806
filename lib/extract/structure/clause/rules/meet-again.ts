/**
 * "They will meet again tomorrow", "Ils se reverront demain", "Morgen treffen sie sich erneut",
 * "Domani si rivedranno", "Mañana volverán a reunirse": a meeting word with no one named and a day
 * of its own, after a meeting, is the same people meeting again on that day.
 */
import type { MeetingAtom } from '../../atoms';
import type { Clause, ClauseEnd } from '../clause';

/** Again, or the two of them: "again", "erneut", "de nouveau", "di nuovo", "de nuevo", "they", "ils", "sie", "ellos"; or a verb of seeing each other again. */
const AGAIN = /(?:^|\s)(?:again|once more|erneut|wieder|nochmals|encore|de nouveau|a nouveau|di nuovo|nuovamente|ancora|otra vez|de nuevo|volveran a|volvieron a|they|ils|elles|sie|essi|loro|ellos|ellas|both|beide|entrambi|les deux|los dos)(?=\s|[,.;]|$)|(?:^|\s)(?:se reverront|si rivedranno|si rivedono|se reveront)(?=\s|[,.;]|$)/;

export function meetAgain(c: Clause): ClauseEnd | undefined {
  const { r, seg, s, meetHit } = c;
  const last = r.state.lastEvent;
  if (!meetHit || c.callHit || c.denial || c.people.length || !seg.dates.length || last?.kind !== 'meeting' || !last.date || !AGAIN.test(c.folded)) return undefined;
  const day = seg.dates[0].range;
  if (+day.start === +last.date.start) return undefined;
  const again: MeetingAtom = {
    kind: 'meeting', people: [...last.people], seg, sentence: s, date: day, time: r.timeNear(seg),
    place: r.placeNear(seg, meetHit.end, true) ?? last.place, flag: c.flag, asPlanned: c.asPlanned, tense: r.a.tenseAt(meetHit.start, s), sideline: false,
  };
  r.atoms.push(again);
  r.state.lastEvent = again;
  return { subject: null, place: again.place };
}
