/**
 * A word of attending ("attends", "partecipa", "nimmt teil", "co-chairs", "hosts") beside an open
 * summit: the people of the clause attend it. "The meeting will also be attended by X": X joins
 * the last meeting instead.
 */
import type { Clause, ClauseEnd } from '../clause';

/** Hosting or chairing: the unnamed subject of "dove co-presiederà con X il vertice" attends too. */
const CHAIRING = /^(?:co-?\w*|host\w*|chair\w*|presie\w*|presid\w*|ospit\w*|accueill\w*|anfitri\w*|gastgeber\w*)$/;

export function attendance(c: Clause): ClauseEnd | undefined {
  const { r, seg, s, people, attendHit, meetHit } = c;
  const st = r.state;
  if (st.summit && (c.summitHit || attendHit)) st.summitParagraph = s.paragraph;
  if (!attendHit || !st.summit || c.denial) return undefined;
  const attendees = people.filter((p) => c.notCompanion(p)).map((p) => p.person);
  if (CHAIRING.test(attendHit.phrase) && !people.some((p) => p.end <= attendHit.start)) {
    const subj = c.prevSubject ?? st.focus;
    if (subj && !attendees.includes(subj)) attendees.unshift(subj);
  }
  const last = st.lastEvent;
  if (meetHit && !c.summitHit && last?.kind === 'meeting' && !seg.dates.length && attendees.length && attendees.every((p) => (people.find((x) => x.person === p)?.start ?? -1) > meetHit.start)) {
    for (const p of attendees) if (!last.people.includes(p)) last.people.push(p);
    r.addEvidence(last, seg);
    return { subject: null, place: null };
  }
  for (const p of attendees) if (!st.summit.attendees.includes(p)) st.summit.attendees.push(p);
  if (attendees.length) {
    st.summit.declared = true;
    r.addEvidence(st.summit, seg);
  }
  return undefined;
}
