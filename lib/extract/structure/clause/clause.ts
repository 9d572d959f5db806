/**
 * One clause as the rules read it: its people, words and flags, the lookups around it, and what
 * the rules read so far (the subject, the companions). Who did what comes from word order around
 * an event word: people before it are the subject, people after it (or introduced by "with"/"by")
 * the other side.
 */
import type { DayRange } from '../../dates/resolve-dates';
import type { Person, PersonMention } from '../../people/find-people';
import type { PhraseHit } from '../../text/phrase-matcher';
import type { Segment, SentenceInfo } from '../analysis';
import type { AtomBase, PlaceRef, StatusFlag } from '../atoms';
import type { ClauseLookups } from './lookups';
import { AFTER_PHRASE, OPENING_PHRASE, THIS_CITY } from './clause-words';
import { negatedEvent } from './negation';
import { has, hits } from './triggers';

/**
 * Negation scoping over a word of planning: "is not, for now, planned", "non è invece previsto",
 * "ne sont pas prévues", "ist derzeit nicht vorgesehen", "no está por ahora programada".
 */
const NEGATED_PLAN = /(?:^|[\s,])(?:not|non|no|nicht|keine?[nms]?|pas|jamais|never|nie|mai)[\s,]+(?:[\p{L}']+[\s,]+){0,4}?(?:planned|expected|scheduled|foreseen|envisaged|agreed|confirmed|fixed|vereinbart|bestatigt|terminiert|confirmee?s?|fixee?s?|concordat[oaie]|confermat[oaie]|fissat[oaie]|acordad[oa]s?|confirmad[oa]s?|fijad[oa]s?|previst[oaie]|programmat[oaie]|in programma|in agenda|on the agenda|in calendario|a l'agenda|au programme|auf der tagesordnung|en la agenda|en agenda|prevue?s?|programmee?s?|envisagee?s?|geplant|vorgesehen|angesetzt|programad[oa]s?|prevista?s?)(?=[\s,.;]|$)/u;

/** Discourse markers ("por su parte", "by contrast", "dal canto suo") introduce no other side. */
const DISCOURSE_MARKER = /(?:^|\s)(?:por su parte|por otra parte|por otro lado|by contrast|by the way|by then|with that|da parte sua|dal canto suo|con l'occasione|von seiner seite|mit blick darauf|von dort|von hier|von da aus|from there|from here|da li|da qui|desde alli|desde aqui|desde ahi)(?=[\s,]|$)/g;

/** What a clause tells the next one: who it was about and where. */
export interface ClauseEnd {
  subject: Person | null;
  place: PlaceRef | null;
}

export type AtomFrame = Omit<AtomBase, 'dayAssumed'> & { dayAssumed: boolean };

export class Clause {
  readonly people: PersonMention[];
  readonly folded: string;
  readonly flag: StatusFlag;
  readonly asPlanned: boolean;
  readonly sideline: boolean;
  /** the clause denies or negates the plan ("no meeting is planned") */
  readonly denial: boolean;
  /** "ce dernier", "the latter" opening the clause: the person named last */
  readonly latter: Person | null;
  readonly usable: Segment['places'];
  /** the first place the clause names: where the next clause goes on when this one makes no event */
  readonly ownPlace: PlaceRef | null;
  readonly summitHit: PhraseHit | undefined;
  readonly attendHit: PhraseHit | undefined;
  /** the first word of meeting or receiving */
  readonly meetHit: PhraseHit | undefined;
  readonly callHit: PhraseHit | undefined;
  /**
   * "Après avoir reçu X lundi à Paris, Macron a appelé Y": where an opening phrase with a
   * non-finite verb ends (its comma), or -1. The phrase's event and the main clause's are two.
   */
  readonly openingComma: number;

  /** where an undated opening phrase of what came before ends ("Dopo la tappa di Tokyo,"), or -1 */
  readonly beforeEnd: number;

  /** the person the clause's events are about, as the rules find it */
  subject: Person | null = null;
  /** "accompanied by A and B": the word, the companions and whom they accompany */
  accompanyHit: PhraseHit | undefined;
  companions: Person[] = [];
  companionLead: Person | null = null;
  /** "X, who travels with him, will meet Y": a companion still the subject of the main verb */
  pronounCompanion: Person | null = null;
  /** the people a list beside an open summit names as attending it */
  listed: PersonMention[] = [];
  /** travel, arrival, stay and copula words, in order: one trip leg each */
  travelHits: PhraseHit[] = [];
  /** the companions belong to the dated stop rather than to the whole trip */
  stopLevelCompanions = false;

  constructor(
    readonly r: ClauseLookups,
    readonly seg: Segment,
    readonly s: SentenceInfo,
    readonly fallbackDate: DayRange | null,
    readonly prevSubject: Person | null,
    readonly prevPlace: PlaceRef | null,
  ) {
    this.people = r.participants(seg);
    this.folded = r.a.folded.slice(seg.start, seg.end);
    this.flag = r.flagOf(seg);
    this.asPlanned = has(seg, 'asPlanned');
    this.sideline = has(seg, 'sideline');
    this.denial = has(seg, 'denial') || NEGATED_PLAN.test(this.folded) || negatedEvent(r.a.folded, seg, r.a.lex.lang);
    const latterHit = hits(seg, 'latter')[0];
    this.latter = latterHit && latterHit.start - seg.start < 40 ? r.state.lastPerson : null;
    this.usable = r.usablePlaces(seg);
    this.ownPlace = this.usable.length ? r.toRef(this.usable[0].entry) : null;
    for (const p of this.usable) if (p.entry.type !== 'country') r.state.lastForeignCity = r.toRef(p.entry);
    this.summitHit = hits(seg, 'summit')[0];
    this.attendHit = hits(seg, 'attend')[0];
    const before = AFTER_PHRASE.test(this.folded) ? this.folded.indexOf(',') : -1;
    // "After talks with Erdoğan in Ankara, Baerbock travels on Wednesday to Athens": what the phrase
    // tells came before the clause's day, on a day it does not give; its words make no event.
    this.beforeEnd = before > 0 && !seg.dates.some((d) => d.mention.start < seg.start + before) ? seg.start + before : -1;
    const meets = [...hits(seg, 'meet'), ...hits(seg, 'receive')].sort((x, y) => x.start - y.start);
    this.meetHit = meets.find((h) => !this.toldBefore(h.start)) ?? (this.beforeEnd < 0 ? meets[0] : undefined);
    this.callHit = hits(seg, 'call')[0];
    const comma = OPENING_PHRASE.test(this.folded) ? this.folded.indexOf(',') : -1;
    this.openingComma = comma >= 0 ? seg.start + comma : -1;
  }

  /** A word inside an undated opening phrase of what came before. */
  toldBefore(pos: number): boolean {
    return this.beforeEnd >= 0 && pos < this.beforeEnd;
  }

  /** "esta ciudad", "this city": the place of the clause before, else of the sentence before, else the last foreign city. */
  cityToldBefore(): PlaceRef | null {
    return this.prevPlace ?? this.r.state.lastPlace ?? this.r.state.lastForeignCity;
  }

  /** "ce dernier", "the latter" right before `pos`: the person named last is the subject of the verb there. */
  latterAt(pos: number): Person | null {
    const latterHit = hits(this.seg, 'latter')[0];
    return latterHit && latterHit.end <= pos && pos - latterHit.end < 40 ? this.r.state.lastPerson : null;
  }

  /** The day, time, place, status and tense of an event whose word stands at `pos`. */
  base(pos: number, preferAfter: boolean, preferBefore = false): AtomFrame {
    const { r, seg, s, folded } = this;
    const own = r.dateNear(seg, pos, preferBefore) ?? this.fallbackDate;
    const date = own ?? r.newsDay(seg, pos, s);
    const relative = /^[\s,;]*(?:where|dove|ou|wo|donde|in cui|dans laquelle)(?:\s|,|$)/.test(folded);
    const there = /(?:^|\s)(?:there|li|la|dort|alli)(?:\s|,|$)/.test(folded);
    // "aterrizó también en esta ciudad", "in this city", "in dieser Stadt": the city told before.
    const thisCity = THIS_CITY.test(folded) ? this.cityToldBefore() : null;
    const place = (relative ? this.prevPlace : null) ?? r.placeNear(seg, pos, preferAfter) ?? (there ? this.prevPlace : null) ?? thisCity;
    return { seg, sentence: s, date, time: r.timeNear(seg), place, flag: this.flag, asPlanned: this.asPlanned, tense: r.a.tenseAt(pos, s), sideline: this.sideline, dayAssumed: !own && !!date };
  }

  /**
   * People introduced by "with"/"by" ("mit Handelsminister X", "von Präsident Y", "par son
   * homologue") or "between" are the other side even when they stand before the verb.
   */
  isOther(pm: PersonMention): boolean {
    const { seg } = this;
    // The words since the previous person (or the clause start) introduce this one.
    const prev = seg.persons.filter((p) => p.end <= pm.start).pop();
    const cut = this.r.a.folded.slice(Math.max(prev ? prev.end : seg.start, pm.start - 90), pm.start).replace(DISCOURSE_MARKER, ' ');
    if (/(?:^|\s)(?:entre|between|tra|fra|zwischen)\s[^.;]*$/.test(cut)) return true;
    const by = /(?:^|\s|')(?:with|by|con|col|coi|insieme a|da|dal|dalla|dallo|dai|dall'|mit|von|vom|avec|par|por)\s[^.;]*$/.exec(cut);
    if (!by) return false;
    // "Tras su paso por Lima, el presidente Lula viajará": the preposition's object is the place
    // before the comma, and the person after it is the subject.
    const byAt = pm.start - cut.length + by.index;
    const folded = this.r.a.folded;
    const placeObject = (pl: { start: number; end: number }) =>
      pl.start > byAt && pl.end < pm.start && /^[\s']*\S+\s+(?:(?:the|el|la|il|le|der|die|das|den|dem)\s+)?$/.test(folded.slice(byAt, pl.start)) && /^\s*,/.test(folded.slice(pl.end, pm.start));
    return !seg.places.some(placeObject);
  }

  /** The subject side: people before `pos` not introduced as the other side. */
  subjectBefore(pos: number): PersonMention[] {
    return this.people.filter((p) => p.end <= pos && !this.isOther(p));
  }

  /** The other side: people after `pos`, or before it but introduced by "with"/"by". */
  after(pos: number): PersonMention[] {
    return this.people.filter((p) => p.start >= pos || (p.end <= pos && this.isOther(p)));
  }

  /** A meeting in an opening phrase and a call in the main clause: "Après avoir reçu X, Macron a appelé Y". */
  meetingThenCall(): boolean {
    const { meetHit, callHit, openingComma } = this;
    return openingComma >= 0 && !!meetHit && !!callHit && meetHit.start < openingComma && callHit.start > openingComma;
  }

  notCompanion(p: PersonMention): boolean {
    return !this.companions.includes(p.person);
  }
}
