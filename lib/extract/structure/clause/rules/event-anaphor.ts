/**
 * A clause that opens with "the meeting", "il colloquio", "la rencontre" adds its time, place or
 * day to the last event told, unless it names another day with new people ("la telefonata di
 * domani tra A e B", "L'incontro ufficiale di Putin con Xi si terrà domani"): that is an event of
 * its own, left to the later rules, as are the people of a word of attending in it.
 */
import type { Person } from '../../../people/find-people';
import type { MeetingAtom, SummitAtom } from '../../atoms';
import type { Clause, ClauseEnd } from '../clause';
import { has, hits } from '../triggers';

function peopleOf(e: MeetingAtom | SummitAtom | null): Person[] {
  return !e ? [] : e.kind === 'summit' ? e.attendees : e.people;
}

export function eventAnaphor(c: Clause): ClauseEnd | undefined {
  const { r, seg, people } = c;
  const st = r.state;
  const ana = hits(seg, 'meetingAnaphor')[0];
  const ev = st.lastEvent;
  if (!ana || !ev) return undefined;
  const newPeople = people.some((p) => !peopleOf(ev).includes(p.person)) || new Set(people.map((p) => p.person)).size >= 2;
  const ownEvent = seg.dates.length > 0 && !!ev.date && +seg.dates[0].range.start !== +ev.date.start && newPeople;
  // "the summit meeting" names the open summit, which the summit rules extend.
  const summitWord = c.summitHit && c.summitHit.start < ana.end && c.summitHit.end > ana.start && st.summit;
  if (ownEvent || ana.start - seg.start >= 25 || summitWord) return undefined;
  const t = r.timeNear(seg);
  if (t && !ev.time) ev.time = t;
  const pl = r.placeNear(seg, ana.end, true);
  if (pl && (!ev.place || (!ev.place.city && pl.city))) ev.place = pl;
  if (seg.dates.length && (!ev.date || ev.dayAssumed)) {
    ev.date = seg.dates[0].range;
    ev.dayAssumed = false;
  }
  r.addEvidence(ev, seg);
  // "La cita tiene como anfitrión a X", "A la cita llegaron X e Y": people attending or arriving go on to the later rules.
  if (people.length && (c.attendHit || has(seg, 'arrive') || has(seg, 'travel'))) return undefined;
  return { subject: null, place: pl };
}
