/**
 * Reads each clause into "atoms": a trip leg, a meeting (one per bilateral), a call, a summit
 * and its attendees, companions of a trip. The clause rules (clause/rules.ts) say who did what;
 * this reader walks the sentences and carries from clause to clause the day, the subject and
 * the place, and from sentence to sentence the day of the story and the person followed (its
 * "focus").
 */
import type { DayRange } from '../dates/resolve-dates';
import type { Person } from '../people/find-people';
import type { Analysis, SentenceInfo } from './analysis';
import type { Atom, PlaceRef } from './atoms';
import { Clause } from './clause/clause';
import { LEAD_EVENT } from './clause/clause-words';
import { ClauseLookups } from './clause/lookups';
import { readClause } from './clause/rules';
import { hits } from './clause/triggers';

export type { Atom, CompanionAtom, MeetingAtom, PlaceRef, ReturnAtom, StatusFlag, SummitAtom, TravelAtom } from './atoms';

/** A time stamp heading a line: "14:05 –", "9.30 -", "15h20 —". */
const LIVE_STAMP = /(?:^|\n)[ \t]*\d{1,2}[:.h]\d{2}[ \t]*[-–—|:][ \t]/;

export class SegmentReader {
  private look: ClauseLookups;

  constructor(private a: Analysis) {
    this.look = new ClauseLookups(a);
  }

  get atoms(): Atom[] {
    return this.look.atoms;
  }

  readAll(): Atom[] {
    // The day of the last event told with a day of its own: sentences with no time of their own
    // ("Faymann wird außerdem mit X zusammentreffen") go on in it; a vague time ("last year") or
    // another day ends it.
    let storyDay: DayRange | null = null;
    for (const s of this.a.sentences) {
      if (s.header) {
        // A headline names no event of its own, but whom the report follows ("Bundesrat Ignazio
        // Cassis zieht eine positive Bilanz seines Besuchs"), until the body names someone.
        this.look.state.focus ??= s.segments.flatMap((g) => g.persons).find((p) => !p.person.speaker)?.person ?? null;
        continue;
      }
      // A live-blog or diary entry ("14:05 – X meets Y") with no day of its own is on the day of the report.
      if (this.a.reference && !s.segments.some((g) => g.dates.length) && LIVE_STAMP.test(this.a.folded.slice(Math.max(0, s.start - 12), s.start + 12)))
        this.look.state.prevSentenceDate = this.look.state.prevSentenceDate ?? { start: this.a.reference, end: this.a.reference };
      let segDate: DayRange | null = null;
      let sentenceLast: DayRange | null = null;
      const atomsBefore = this.look.atoms.length;
      let prevSubject: Person | null = null;
      let prevPlace: PlaceRef | null = null;
      for (const seg of s.segments) {
        // "ein für Februar geplantes Treffen", "last autumn": a clause with its own undated time
        // reference does not borrow the day of the previous clause.
        const borrowed = segDate ?? this.look.state.prevSentenceDate;
        const fallbackDate = borrowed && !seg.dates.length && this.look.vagueTime(seg) ? null : borrowed;
        this.look.sentenceDate = segDate;
        const r = readClause(new Clause(this.look, seg, s, fallbackDate, prevSubject, prevPlace));
        if (seg.dates.length) {
          segDate = seg.dates[seg.dates.length - 1].range;
          sentenceLast = segDate;
        }
        if (r.subject) prevSubject = r.subject;
        if (r.place) prevPlace = r.place;
      }
      this.look.state.lastPlace = prevPlace;
      // The next sentence goes on from the day of this one's event ("empfing am Donnerstag ... vor den
      // Neuwahlen am 18. September. Am Mittag traf..."), not from a later date the sentence only mentions.
      const made = this.look.atoms.slice(atomsBefore);
      const eventDay = made.find((x) => x.date && x.seg.dates.length)?.date ?? null;
      const wordDay = this.dayOfEventWord(s);
      const ownDay = eventDay ?? wordDay ?? sentenceLast;
      // The story's day is that of an event (or event word) the sentence dates, or the report's own
      // day assumed for its lead. Only one day carries: within a stay of several days a meeting
      // told without a day has none.
      const storyEvent = eventDay ?? wordDay ?? made.find((x) => x.date && x.dayAssumed)?.date ?? null;
      if (storyEvent) storyDay = +storyEvent.start === +storyEvent.end ? storyEvent : null;
      else if (ownDay || s.segments.some((g) => this.look.vagueTime(g))) storyDay = null;
      this.look.state.prevSentenceDate = ownDay ?? storyDay;
      const firstPerson = s.segments.flatMap((g) => g.persons).find((p) => !p.person.speaker);
      if (!this.look.state.focus && firstPerson) this.look.state.focus = firstPerson.person;
      const lastP = s.segments.flatMap((g) => g.persons).filter((p) => !p.person.speaker);
      if (lastP.length) this.look.state.lastPerson = lastP[lastP.length - 1].person;
    }
    return this.look.atoms;
  }

  /**
   * The day nearest an event word of a sentence that made no event ("empfing am Donnerstag seinen
   * letzten Staatsgast ... vor den Neuwahlen am 18. September"): the day the next sentence goes on from.
   */
  private dayOfEventWord(s: SentenceInfo): DayRange | null {
    let best: DayRange | null = null;
    let bestDist = 60;
    for (const seg of s.segments)
      for (const k of LEAD_EVENT)
        for (const h of hits(seg, k))
          for (const d of seg.dates) {
            const dist = d.mention.start >= h.end ? d.mention.start - h.end : h.start - d.mention.end;
            if (dist >= 0 && dist < bestDist) {
              bestDist = dist;
              best = d.range;
            }
          }
    return best;
  }
}
