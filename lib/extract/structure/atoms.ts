/** What the clause reader produces: one "atom" per trip leg, meeting, call, summit, companions or return, and the state carried between clauses. */
import type { DayRange } from '../dates/resolve-dates';
import type { TimeMention } from '../dates/find-dates';
import type { Person } from '../people/find-people';
import type { City } from '../places/place-types';
import type { Segment, SentenceInfo } from './analysis';
import type { Tense } from './detect-tense';

export interface PlaceRef {
  city: City | null;
  country: string | null;
}

export type StatusFlag = 'cancelled' | 'postponed' | null;

export interface AtomBase {
  seg: Segment;
  sentence: SentenceInfo;
  date: DayRange | null;
  time: TimeMention | null;
  place: PlaceRef | null;
  flag: StatusFlag;
  asPlanned: boolean;
  tense: Tense;
  sideline: boolean;
  /** the day is the report's own, assumed for a lead that gives none: a later "the meeting took place on Tuesday" corrects it */
  dayAssumed?: boolean;
}

export interface TravelAtom extends AtomBase {
  kind: 'travel';
  travellers: Person[];
  /** the clause names the days spent (a range) or only a day of arrival/presence */
  isRange: boolean;
  duration: number | null;
  /** "wrapped up a two-day visit on Monday": the leg's day is the last of its duration, not the first */
  durationEnds?: boolean;
  companions: Person[];
}

export interface MeetingAtom extends AtomBase {
  kind: 'meeting' | 'call';
  people: Person[];
}

export interface SummitAtom extends AtomBase {
  kind: 'summit';
  /** "conference", "Konferenz", "forum": a conference rather than a leaders' summit */
  conference?: boolean;
  /** someone is said to attend (not only met on the sidelines) */
  declared?: boolean;
  attendees: Person[];
}

export interface ReturnAtom extends AtomBase {
  kind: 'return';
  travellers: Person[];
}

export interface CompanionAtom extends AtomBase {
  kind: 'companions';
  leader: Person;
  companions: Person[];
}

export type Atom = TravelAtom | MeetingAtom | SummitAtom | ReturnAtom | CompanionAtom;

export interface ReaderState {
  focus: Person | null;
  /** the travellers of the last trip the report told, one of them the focus ("Los Reyes") */
  focusParty: Person[];
  lastPerson: Person | null;
  /** where the previous sentence's clauses left the story ("Zunächst hält er in Nairobi eine Rede. Später trifft er...") */
  lastPlace: PlaceRef | null;
  /** country of the trip being narrated: "the capital" is its capital */
  tripCountry: string | null;
  lastEvent: MeetingAtom | SummitAtom | null;
  summit: SummitAtom | null;
  /** the paragraph that last spoke of the open summit (its word, or attending it) */
  summitParagraph: number;
  prevSentenceDate: DayRange | null;
  lastForeignCity: PlaceRef | null;
  /** the single day of each traveller's last trip leg: an undated meeting there is on that day */
  tripDay: Map<Person, DayRange>;
}

/** The key of a place: its city, else its country. */
export function placeKeyOf(p: PlaceRef): string {
  return p.city ? 'c:' + p.city.name : 'k:' + (p.country ?? '');
}
