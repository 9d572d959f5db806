/**
 * "They will meet again tomorrow", "Ils se reverront demain", "Morgen treffen sie sich erneut",
 * "Domani si rivedranno", "Mañana volverán a reunirse": a meeting word with no one named and a day
 * of its own, after a meeting, is the same people meeting again on that day.
 */
import type { Clause, ClauseEnd } from '../clause';
import { meetingAgain } from './talks-resumed';

/** Again, or the two of them: "again", "erneut", "de nouveau", "di nuovo", "de nuevo", "they", "ils", "sie", "ellos"; or a verb of seeing each other again. */
const AGAIN = /(?:^|\s)(?:again|once more|erneut|wieder|nochmals|encore|de nouveau|a nouveau|di nuovo|nuovamente|ancora|otra vez|de nuevo|volveran a|volvieron a|they|ils|elles|sie|essi|loro|ellos|ellas|both|beide|entrambi|les deux|los dos)(?=\s|[,.;]|$)|(?:^|\s)(?:se reverront|si rivedranno|si rivedono|se reveront)(?=\s|[,.;]|$)/;

export function meetAgain(c: Clause): ClauseEnd | undefined {
  const { r, seg, meetHit } = c;
  const last = r.state.lastEvent;
  if (!meetHit || c.callHit || c.denial || c.people.length || !seg.dates.length || last?.kind !== 'meeting' || !last.date || !AGAIN.test(c.folded)) return undefined;
  if (+seg.dates[0].range.start === +last.date.start) return undefined;
  return meetingAgain(c, last, meetHit);
}
