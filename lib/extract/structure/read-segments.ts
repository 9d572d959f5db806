/**
 * Reads each clause into "atoms": a trip leg, a meeting (one per bilateral), a call, a summit
 * and its attendees, companions of a trip. Who did what comes from word order around the trigger:
 * people before it are the subject, people after it the other side; a clause without a named
 * subject belongs to the person the article is following (its "focus").
 */
import { daysBetween, type DayRange } from '../dates/resolve-dates';
import type { TimeMention } from '../dates/find-dates';
import type { PhraseHit } from '../text/phrase-matcher';
import type { Person, PersonMention } from '../people/find-people';
import { capitalOf, countryOfAdjective, type City } from '../places/place-index';
import type { Analysis, Segment, SentenceInfo, TriggerKind } from './analyze-text';
import type { Tense } from './detect-tense';
import { TITLE_WORDS } from '../people/title-words';
import { CLASS_OF_OFFICE, roleClasses, type RoleClass } from '../people/role-classes';
import { delegationCountry } from './host-delegation';
import { leavePlacePattern } from './departure';

export interface PlaceRef {
  city: City | null;
  country: string | null;
}

export type StatusFlag = 'cancelled' | 'postponed' | null;

interface AtomBase {
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

const PREPOSITION_BETWEEN = /(?:^|\s)(?:with|con|avec|mit|by|da|dal|dalla|dallo|dai|par|por|von|vom|to|then|poi|puis|dann|luego|before|prima|avant|antes|al|au|a|à|y con|e con|et avec|und mit)(?:\s|$)/;
/** A bare coordination between two objects: "A and B", "A, B". */
const COORDINATION = /^[\s,]*(?:(?:and|e|ed|et|und|y|sowie|as well as|nonche)\s[^,;.]*|,\s*)$/;
/** Verbs of hosting: their coordinated objects are one visiting party. */
const HOST_VERB = /^(?:receiv|recev|recoi|recu|recib|ricev|empf|host|accueil|accogli|ospit)/;
/**
 * Negation scoping over a word of planning: "is not, for now, planned", "non è invece previsto",
 * "ne sont pas prévues", "ist derzeit nicht vorgesehen", "no está por ahora programada".
 */
const NEGATED_PLAN = /(?:^|[\s,])(?:not|non|no|nicht|keine?[nms]?|pas|jamais|never|nie|mai)[\s,]+(?:[\p{L}']+[\s,]+){0,4}?(?:planned|expected|scheduled|foreseen|envisaged|agreed|confirmed|fixed|vereinbart|bestatigt|terminiert|confirmee?s?|fixee?s?|concordat[oaie]|confermat[oaie]|fissat[oaie]|acordad[oa]s?|confirmad[oa]s?|fijad[oa]s?|previst[oaie]|programmat[oaie]|in programma|in agenda|on the agenda|in calendario|a l'agenda|au programme|auf der tagesordnung|en la agenda|en agenda|prevue?s?|programmee?s?|envisagee?s?|geplant|vorgesehen|angesetzt|programad[oa]s?|prevista?s?)(?=[\s,.;]|$)/u;
/** "... and in B", "y en B", "e a B", "puis à B", "und in B": the next stop of an itinerary, verb elided. */
const ELLIPTIC_LEG = /(?:^|\s|,)(?:and|y|e|ed|et|und|then|luego|poi|puis|dann)\s+(?:in|en|a|ad|au|a la|nach|to|at)\s*$/;
const DURATION = /(\d{1,2}|one|two|three|four|five|six|seven|uno|una|due|tre|quattro|cinque|sei|sette|un|une|deux|trois|quatre|cinq|sept|ein|zwei|drei|vier|funf|sechs|sieben|dos|tres|cuatro|cinco|seis|siete)[\s-]*(?:day|days|giorni|jours|tagig\w*|tage\w*|dias)|(?:di|de)\s+(\w+)\s+(?:giorni|jours|dias)/;
/** The word before the agent of a passive: "received by", "von … empfangen", "ricevuto da", "reçu par", "recibido por". */
const AGENT_MARKER = /(?:^|\s)(?:by|von|vom|da|dal|dalla|dallo|dai|dagli|par|por|del)\s/;

/** Relative pronouns opening a clause on the noun before them, in the five languages. */
const RELATIVE_PRONOUN = /(?:^|[\s,])(?:which|that|che|il quale|la quale|que|qui|lequel|laquelle|der|die|das|welcher|welche|welches)\s/;

const LOCATIVE = /(?:^|\s|')(?:in|at|to|into|hasta|fino a|a|ad|al|all'|alla|allo|ai|in die|in den|in der|in das|im|ins|nach|en|au|aux|à|dans|hacia|para|for|per|verso|nel|nello|nella|nei|negli|sul|sulla|zum|zur|vor|visit|visits|visiting|visited|visiter|visitera|visitare|visitar|besuchen|besucht)(?:\s+(?:the|il|lo|la|le|l'|el|los|der|die|das|den|dem|des|sede|seat|sede del|sede della))?\s*$/;
const BEGIN_END = /(?:^|\s)(?:iniziat\w*|conclus\w*|began|begins|started|starts|ended|ends|wrapped|commenc\w*|termin\w*|begann|endete|beginnt|endet|comenz\w*|conclu\w*|inici\w*|finaliz\w*)(?:\s|,|$)/;

const DISCOURSE_MARKER = /(?:^|\s)(?:por su parte|por otra parte|por otro lado|by contrast|by the way|by then|with that|da parte sua|dal canto suo|con l'occasione|von seiner seite|mit blick darauf|von dort|von hier|von da aus|from there|from here|da li|da qui|desde alli|desde aqui|desde ahi)(?=[\s,]|$)/g;

/** The work of a gathering goes on: "les travaux se poursuivent", "talks continue", "i lavori proseguono". */
const CONTINUES = /(?:^|\s)(?:travaux|work|talks|discussions|deliberations|proceedings|lavori|colloqui|beratungen|gesprache|verhandlungen|trabajos|conversaciones|negociaciones|entretiens|pourparlers|negoziati|negotiations|deliberaciones|sesiones|debates)\s(?:[\p{L}']+\s){0,3}?(?:se poursuiv\w*|continu\w*|prosegu\w*|go on|goes on|resum\w*|reprend\w*|riprend\w*|(?:werden|wird)(?:\s+\S+){0,8}?\s+fortgesetzt|gehen(?:\s+\S+){0,3}\s+weiter)/u;

/** A plural group heading the clause: "EU foreign ministers", "i leader del G7", "les ministres", "die Außenminister der EU". */
const GROUP_SUBJECT = /^[\s,:;]*(?:[\p{L}\p{N}'-]+\s+){0,4}?(?:ministers|leaders|heads of state(?: and(?: of)? government)?|heads of government|ministri|leader|capi di stato(?: e di governo)?|ministres|dirigeants|chefs d'etat(?: et de gouvernement)?|staats- und regierungschefs|regierungschefs|au(?:ss|ß)enminister|verteidigungsminister|ministros|lideres|mandatarios|jefes de estado(?: y de gobierno)?|cancilleres)(?:\s+(?:of|of the|del|della|dei|degli|dell['’]|des|du|de la|de l['’]|der|de|de los)\s*(?:[\p{L}'’-]+\s+){0,3}?)?\s*$/u;

/** Words that open a new clause: "une visite au Mali où il sera accompagné de X" is not X's visit. */
/** "here": the report's own town ("arrived here", "the summit beginning here"), by language. */
const HERE_WORD: Record<string, string> = { en: 'here', it: 'qui|qua', fr: 'ici', de: 'hier', es: 'aqui|aca' };
const HERE_AFTER = Object.fromEntries(Object.entries(HERE_WORD).map(([k, w]) => [k, new RegExp(`^\\s*(?:${w})(?:\\s|[,.;]|$)`)]));
const HERE_IN = Object.fromEntries(Object.entries(HERE_WORD).map(([k, w]) => [k, new RegExp(`(?:^|\\s)(?:${w})(?:\\s|[,.;]|$)`)]));
/** an envoy's title and its "to"/"a"/"ante"/"bei" right before a place: the place names the post */
const POSTED_TO = /(?:^|\s)(?:ambassador|ambasciat(?:ore|rice)|ambassad(?:eur|rice)|botschafter(?:in)?|embajador(?:a)?|envoy|inviat[oa]|envoye|gesandte[r]?|enviad[oa]|consul|console|konsul|agente|representative|rappresentante|representant|vertreter(?:in)?|representante|permanent representative|delegat[oa]|delegue|delegado)(?:\s+[\p{L}'-]+){0,3}?\s+(?:to|at|in|a|ad|presso|en|ante|aupres de|aupres du|bei|au|aux|to the|at the|in der|para)\s*$/u;
/** a group's presidency handed "to" a country: "la presidenza al Brasile", "the G20 presidency to India" */
const PRESIDENCY_TO = /(?:presiden(?:cy|za|cia|ce)|vorsitz)\s+(?:[\p{L}-]+\s+){0,5}?(?:to|a|al|alla|all'|ad|à|au|an|aan)\s*$/u;
/** a gathering ending: "wrapping up", "closes", "si chiude", "se clausura", "geht zu Ende" */
const CLOSING = /(?:^|\s)(?:wrap\w*|clos\w*|conclud\w*|conclu\w*|end(?:s|ed|ing)?|chiud\w*|chius\w*|termin\w*|cloture\w*|clotur\w*|abschlie\w*|schlie\w*|zu ende|cierr\w*|clausur\w*|finaliz\w*)(?:\s|[,.;]|$)/;
/** a gathering starting: "opens", "begins", "si apre", "s'ouvre", "beginnt", "comienza" */
const OPENING = /(?:^|\s)(?:open(?:s|ed|ing)?|begin(?:s|ning)?|began|kick(?:s|ed)? off|si apr\w*|inizi\w*|s'ouvr\w*|ouvr\w*|commenc\w*|beginn\w*|eroffn\w*|comienz\w*|inaugur\w*|abre|arranc\w*)(?:\s|[,.;]|$)/;
/** words opening a subordinate clause, in the five languages (folded) */
const SUBORDINATE = /(?:^|\s)(?:wo|where|dove|ou|donde|che|que|qui|which|who|dont|cui|welche[rsn]?|dass|that|weil|because|perche|parce|porque|wahrend|while|mentre|tandis|mientras)(?:\s|$)/;
const CLAUSE_WORD = /(?:^|\s)(?:ou|where|dove|wo|donde|che|que|qui|which|who|dont|cui|welche[rsn]?|cuando|quando|when)\s|,/;

/**
 * From a travel noun to the person whose trip it is: "of"/"di"/"de"/"von"/"des" and at most four
 * words of title ("la visita a Roma del presidente francese X"), none of them "by" ("di due giorni
 * accompagnato dalla figlia Laura" names a companion).
 */
const GENITIVE_GAP = /(?:^|\s)(?:(?:of|di|del|della|dello|de|du|des|von|der)\s|(?:d|dell)'\s*)(?![^]*(?:\s|')(?:of|di|del|della|dello|de|du|des|von|der|d|dell)(?:\s|'))(?:[^\s]+\s+){0,4}$/;

/** A clause opening with a non-finite verb: "après avoir reçu", "after meeting", "dopo aver incontrato", "nachdem", "tras recibir". */
const OPENING_PHRASE = /^[\s,]*(?:apres avoir|apres etre|after|dopo aver|dopo esser|nachdem|tras|despues de|avant de|before|prima di|antes de)\s/;

/** A time stamp heading a line: "14:05 –", "9.30 -", "15h20 —". */
const LIVE_STAMP = /(?:^|\n)[ \t]*\d{1,2}[:.h]\d{2}[ \t]*[-–—|:][ \t]/;

/** Event words that mark the sentence where a report's news begins. */
const LEAD_EVENT: TriggerKind[] = ['meet', 'receive', 'travel', 'arrive', 'call', 'summit', 'attend'];

export interface ReaderState {
  focus: Person | null;
  /** the travellers of the last trip the report told, one of them the focus ("Los Reyes") */
  focusParty: Person[];
  lastPerson: Person | null;
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

/** words opening a comma phrase that still tells of the event: "X, in Rome on Monday, met Y" */
const EVENT_PHRASE_START = /^\s*(?:in|at|on|a|à|ad|en|au|aux|am|im|el|le|il|la|dans|nel|nella|this|today|yesterday|tomorrow|oggi|ieri|domani|aujourd'hui|hier|demain|heute|gestern|morgen|hoy|ayer|manana|pasado|dopodomani|apres-demain|ubermorgen|then|poi|puis|dann|luego)(?:\s|$)/;

/**
 * Appositions after the clause's names ("M. Berset, élu en juin 2024 à Strasbourg, s'est
 * entretenu"): with no event word of its own, a time or place there tells of the person, not
 * of the clause's event.
 */
function appositionsOf(folded: string, seg: Segment): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of seg.persons) {
    if (folded[m.end] !== ',') continue;
    const close = folded.indexOf(',', m.end + 1);
    if (close < 0 || close > seg.end || close - m.end > 90) continue;
    const inner = folded.slice(m.end + 1, close);
    // "L'incontro tra A e B, previsto per giovedì 12 novembre a Berlino,": a day or an event word
    // there tells of the event.
    const inside = (x: { start: number }) => x.start > m.end && x.start < close;
    const eventWord = [...seg.triggers.values()].some((hs) => hs.some(inside)) || seg.dates.some((d) => inside(d.mention));
    if (!/[.;]/.test(inner) && !EVENT_PHRASE_START.test(inner) && !eventWord) spans.push([m.end, close]);
  }
  return spans;
}

/** The clause's text with its appositions blanked out. */
function withoutAppositions(folded: string, seg: Segment): string {
  let body = folded.slice(seg.start, seg.end);
  for (const [a, b] of appositionsOf(folded, seg)) body = body.slice(0, a - seg.start) + ' '.repeat(b - a) + body.slice(b - seg.start);
  return body;
}

function hits(seg: Segment, k: TriggerKind): PhraseHit[] {
  return seg.triggers.get(k) ?? [];
}

function has(seg: Segment, k: TriggerKind): boolean {
  return seg.triggers.has(k);
}

function numberWord(w: string): number | null {
  const map: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, ein: 1, zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7 };
  if (/^\d+$/.test(w)) return Number(w);
  return map[w] ?? null;
}

function placeKeyOf(p: PlaceRef): string {
  return p.city ? 'c:' + p.city.name : 'k:' + (p.country ?? '');
}

/** Ministries and seats that name a country: "il titolare della Farnesina", "le chef du DFAE". */
const INSTITUTIONS: Array<[RegExp, string]> = [
  [/farnesina|palazzo chigi|quirinale/, 'IT'],
  [/quai d'orsay|elysee|matignon/, 'FR'],
  [/\bdfae\b|\beda\b|departement federal des affaires etrangeres/, 'CH'],
  [/auswartige(?:n|s)? amt|kanzleramt/, 'DE'],
  [/foreign office|downing street|whitehall/, 'GB'],
  [/state department|white house|departement d'etat|dipartimento di stato|casa bianca|maison blanche|casa blanca|weissen haus/, 'US'],
  [/itamaraty|planalto/, 'BR'],
  [/moncloa|palacio de santa cruz/, 'ES'],
  [/kremlin|cremlino|kreml/, 'RU'],
];

/** The role classes a person's office falls in: from the dated office when known, else from the role's words. */
function classesOf(p: Person): Set<RoleClass> {
  const known = p.office ? CLASS_OF_OFFICE[p.office] : undefined;
  return known ? new Set([known]) : roleClasses(foldRole(p.role));
}

/** A head of state or government, or the head of an organisation: who attends summits. */
function isLeader(p: Person): boolean {
  if (p.office === 'organisation-head') return true;
  const classes = classesOf(p);
  return classes.has('state') || classes.has('government');
}

function foldRole(role: string | null): string {
  return (role ?? '').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

export class SegmentReader {
  atoms: Atom[] = [];
  state: ReaderState = { focus: null, focusParty: [], lastPerson: null, lastPlace: null, tripCountry: null, lastEvent: null, summit: null, summitParagraph: -1, prevSentenceDate: null, lastForeignCity: null, tripDay: new Map() };

  /** the last date of the earlier clauses of the current sentence */
  private sentenceDate: DayRange | null = null;

  constructor(private a: Analysis) {}

  readAll(): Atom[] {
    // The day of the last event told with a day of its own: sentences with no time of their own
    // ("Faymann wird außerdem mit X zusammentreffen") go on in it; a vague time ("last year") or
    // another day ends it.
    let storyDay: DayRange | null = null;
    for (const s of this.a.sentences) {
      if (s.header) {
        // A headline names no event of its own, but whom the report follows ("Bundesrat Ignazio
        // Cassis zieht eine positive Bilanz seines Besuchs"), until the body names someone.
        this.state.focus ??= s.segments.flatMap((g) => g.persons).find((p) => !p.person.speaker)?.person ?? null;
        continue;
      }
      // A live-blog or diary entry ("14:05 – X meets Y") with no day of its own is on the day of the report.
      if (this.a.reference && !s.segments.some((g) => g.dates.length) && LIVE_STAMP.test(this.a.folded.slice(Math.max(0, s.start - 12), s.start + 12)))
        this.state.prevSentenceDate = this.state.prevSentenceDate ?? { start: this.a.reference, end: this.a.reference };
      let segDate: DayRange | null = null;
      let sentenceLast: DayRange | null = null;
      const atomsBefore = this.atoms.length;
      let prevSubject: Person | null = null;
      let prevPlace: PlaceRef | null = null;
      for (const seg of s.segments) {
        // "ein für Februar geplantes Treffen", "last autumn": a clause with its own undated time
        // reference does not borrow the day of the previous clause.
        const borrowed = segDate ?? this.state.prevSentenceDate;
        const fallbackDate = borrowed && !seg.dates.length && this.vagueTime(seg) ? null : borrowed;
        this.sentenceDate = segDate;
        const r = this.readSegment(seg, s, fallbackDate, prevSubject, prevPlace);
        if (seg.dates.length) {
          segDate = seg.dates[seg.dates.length - 1].range;
          sentenceLast = segDate;
        }
        if (r.subject) prevSubject = r.subject;
        if (r.place) prevPlace = r.place;
      }
      // The next sentence goes on from the day of this one's event ("empfing am Donnerstag ... vor den
      // Neuwahlen am 18. September. Am Mittag traf..."), not from a later date the sentence only mentions.
      const made = this.atoms.slice(atomsBefore);
      const eventDay = made.find((x) => x.date && x.seg.dates.length)?.date ?? null;
      const wordDay = this.dayOfEventWord(s);
      const ownDay = eventDay ?? wordDay ?? sentenceLast;
      // The story's day is that of an event (or event word) the sentence dates, or the report's own
      // day assumed for its lead. Only one day carries: within a stay of several days a meeting
      // told without a day has none.
      const storyEvent = eventDay ?? wordDay ?? made.find((x) => x.date && x.dayAssumed)?.date ?? null;
      if (storyEvent) storyDay = +storyEvent.start === +storyEvent.end ? storyEvent : null;
      else if (ownDay || s.segments.some((g) => this.vagueTime(g))) storyDay = null;
      this.state.prevSentenceDate = ownDay ?? storyDay;
      const firstPerson = s.segments.flatMap((g) => g.persons).find((p) => !p.person.speaker);
      if (!this.state.focus && firstPerson) this.state.focus = firstPerson.person;
      const lastP = s.segments.flatMap((g) => g.persons).filter((p) => !p.person.speaker);
      if (lastP.length) this.state.lastPerson = lastP[lastP.length - 1].person;
    }
    return this.atoms;
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

  /** People in the clause who can take part: not spokespeople, not quoted, not declared absent. */
  private participants(seg: Segment): PersonMention[] {
    const speech = hits(seg, 'speech');
    const absent = [...hits(seg, 'absent'), ...hits(seg, 'denial')];
    const eventHits = ['meet', 'travel', 'call', 'arrive', 'summit', 'attend'].flatMap((k) => hits(seg, k as TriggerKind));
    const out: PersonMention[] = [];
    for (const pm of seg.persons) {
      if (pm.person.speaker) continue;
      const quoted = speech.some((h) => {
        // ", a indiqué X" / ", said X": the speaker follows the verb, the person before it does not speak.
        const inverted = /[,(\-–—]\s*$/.test(this.a.folded.slice(Math.max(0, h.start - 3), h.start));
        const gapAfter = this.a.folded.slice(pm.end, h.start);
        // "sagte, Scholz habe…", "said that Scholz…": a person after a comma or "that" is what was said, not who said it.
        const reported = h.end <= pm.start && /[,:]|(?:^|\s)(?:that|che|que|qu'|dass)(?:\s|$)/.test(this.a.folded.slice(h.end, pm.start));
        const near = (!inverted && h.start >= pm.end && h.start - pm.end <= 30 && !/[,(\-–—;]/.test(gapAfter)) || (h.end <= pm.start && pm.start - h.end <= 45 && !reported);
        if (!near) return false;
        const a = Math.min(h.start, pm.start);
        const b = Math.max(h.end, pm.end);
        // "Lo ha detto X, incontrando Y", "said X after meeting Y": the speaker is also the subject of the event that follows.
        const actsAfter = h.end <= pm.start && eventHits.some((e) => e.start >= pm.end && e.start - pm.end <= 40);
        // "Nach der Begegnung mit X am Donnerstag betonte er": X is the other side of the event word before.
        const metBefore = eventHits.some((e) => e.end <= pm.start && pm.start - e.end <= 60 && /(?:^|\s)(?:with|mit|con|avec|par|by|von)\s[^,;.]*$/.test(this.a.folded.slice(e.end, pm.start)));
        return !actsAfter && !metBefore && !eventHits.some((e) => e.start >= a && e.end <= b);
      });
      if (quoted) continue;
      // "X s'est fait représenter par Y": X is absent, Y (after the verb) is there.
      const isAbsent = absent.some((h) => (h.start >= pm.end && h.start - pm.end <= 60) || (h.end <= pm.start && pm.start - h.end <= 25 && !/represent|rappresent|vertret/.test(h.phrase)));
      if (isAbsent) continue;
      if (!out.some((o) => o.person === pm.person)) out.push(pm);
    }
    return out;
  }

  /** Places that can be where something happens: countries only after "in/to/a/en/nach..." or a travel verb. */
  private usableCache = new WeakMap<Segment, Segment['places']>();

  private usablePlaces(seg: Segment): Segment['places'] {
    let cached = this.usableCache.get(seg);
    if (!cached) {
      cached = this.computeUsablePlaces(seg);
      this.usableCache.set(seg, cached);
    }
    return cached;
  }

  private computeUsablePlaces(seg: Segment): Segment['places'] {
    const returns = hits(seg, 'returnHome');
    const travel = [...hits(seg, 'travel'), ...hits(seg, 'arrive'), ...hits(seg, 'stay')];
    const appositions = appositionsOf(this.a.folded, seg);
    return seg.places.filter((p) => {
      if (appositions.some(([a, b]) => p.start > a && p.start < b)) return false;
      if (returns.some((h) => p.start >= h.end && p.start - h.end <= 25)) return false;
      // "l'ambasciatore italiano a Washington", "el agente ante La Haya": a post, not a destination.
      if (POSTED_TO.test(this.a.folded.slice(Math.max(seg.start, p.start - 45), p.start))) return false;
      // "traspasará la presidencia rotativa del bloque a Paraguay": a country handed a presidency.
      if (PRESIDENCY_TO.test(this.a.folded.slice(Math.max(seg.start, p.start - 60), p.start))) return false;
      // "departed Abuja for", "ha lasciato Roma", "verließ Berlin": where the trip starts, no stop.
      if (leavePlacePattern(this.a.lex).test(this.a.folded.slice(Math.max(seg.start, p.start - 30), p.start))) return false;
      if (p.entry.type === 'city') return true;
      const lead = this.a.folded.slice(Math.max(seg.start, p.start - 18), p.start);
      if (LOCATIVE.test(lead)) return true;
      // "una visita che toccherà quattro paesi: Tunisia, Angola, Ghana e Costa d'Avorio": countries
      // listed after a colon that follows a travel word are its stops.
      if (p.entry.type === 'country' && travel.some((h) => h.end <= p.start && /^[^.;:]*:[\s\p{L}',-]*$/u.test(this.a.folded.slice(h.end, p.start)))) return true;
      // "the titolare della Farnesina", "fuentes de la Moncloa": a landmark named as an institution.
      if (p.entry.type === 'landmark') return false;
      return travel.some((h) => p.start >= h.end && p.start - h.end <= 4);
    });
  }

  /**
   * The place of something said at `pos`: the nearest usable place within reach, cities before
   * countries; "the capital" counts as a place where it stands.
   */
  private placeNear(seg: Segment, pos: number, preferAfter: boolean, maxDist = 90): PlaceRef | null {
    type Cand = { start: number; end: number; ref: () => PlaceRef | null; city: boolean };
    const cands: Cand[] = this.usablePlaces(seg).map((p) => ({ start: p.start, end: p.end, ref: () => this.toRef(p.entry), city: p.entry.type !== 'country' }));
    for (const h of hits(seg, 'capital')) cands.push({ start: h.start, end: h.end, ref: () => this.capitalRef(h), city: true });
    const dist = (c: Cand) => (c.start >= pos ? c.start - pos + (preferAfter ? 0 : 15) : pos - c.end + (preferAfter ? 15 : 0));
    const near = cands.filter((c) => dist(c) <= maxDist).sort((x, y) => Number(y.city) - Number(x.city) || dist(x) - dist(y));
    for (const c of near) {
      const r = c.ref();
      // A generic seat ("State House") with no dateline to place it names no place.
      if (r && (r.city || r.country)) return r;
    }
    return null;
  }

  /** "the capital": of the country an adjective beside it names ("la capital costarricense", "die österreichische Hauptstadt"), else of the trip's country. */
  private capitalRef(hit: PhraseHit): PlaceRef | null {
    const around = this.a.folded.slice(Math.max(0, hit.start - 30), hit.end + 30);
    const at = hit.start - Math.max(0, hit.start - 30);
    const words = [...(around.slice(0, at).match(/[\p{L}-]+/gu) ?? []).slice(-2), ...(around.slice(at + hit.end - hit.start).match(/[\p{L}-]+/gu) ?? []).slice(0, 2)];
    const named = words.map((w) => countryOfAdjective(w)).find(Boolean);
    const own = named ? capitalOf(named) : null;
    if (own) return { city: own, country: own.country };
    const cap = this.state.tripCountry ? capitalOf(this.state.tripCountry) : null;
    if (cap) return { city: cap, country: cap.country };
    return this.state.lastForeignCity;
  }

  private toRef(entry: Segment['places'][number]['entry']): PlaceRef {
    if (entry.type === 'country') {
      if (entry.country.code === this.state.tripCountry || !this.state.tripCountry) this.state.tripCountry = entry.country.code;
      return { city: null, country: entry.country.code };
    }
    if (entry.type === 'landmark' && entry.generic) {
      const city = this.a.datelineCity ?? (entry.city.name ? entry.city : null);
      return city ? { city, country: city.country } : { city: null, country: null };
    }
    return { city: entry.city, country: entry.city.country };
  }

  /**
   * "il vertice … che prenderà il via domani", "la Cumbre que se inaugura mañana", "the summit,
   * which opens on Friday": a date in a relative clause on the noun is that event's day, whatever
   * day the main clause (an arrival) has.
   */
  private relativeClauseDate(seg: Segment, noun: PhraseHit): DayRange | null {
    for (const d of seg.dates) {
      if (d.mention.start < noun.end || d.report || d.mention.eventRelative) continue;
      const between = this.a.folded.slice(noun.end, d.mention.start);
      if (between.length > 140 || /[.;]/.test(between)) return null;
      return RELATIVE_PRONOUN.test(between) ? d.range : null;
    }
    return null;
  }

  private dateNear(seg: Segment, pos: number, preferBefore = false): DayRange | null {
    if (!seg.dates.length) return null;
    // An anaphor ("am Vorabend des Gipfels") yields to a plain date in the same clause.
    // A date phrase that contains the trigger ("al suo arrivo") says nothing about the trigger's day.
    const plain = seg.dates.filter((d) => !d.mention.eventRelative && !d.report && !(d.mention.start <= pos && d.mention.end > pos));
    const pool = plain.length ? plain : seg.dates;
    if (preferBefore) {
      const before = pool.filter((d) => d.mention.end <= pos);
      if (before.length) return before[before.length - 1].range;
    }
    let best = pool[0];
    let bestD = Infinity;
    for (const d of pool) {
      const dist = d.mention.start >= pos ? d.mention.start - pos : pos - d.mention.end;
      if (dist < bestD) {
        bestD = dist;
        best = d;
      }
    }
    return best.range;
  }

  /**
   * The day of one side of a meeting: a date inside the stretch that belongs to it, from the
   * verb (or the previous person) before it to the next verb or person after it.
   */
  private dateForObject(seg: Segment, obj: PersonMention, objects: PersonMention[]): DayRange | null {
    const verbs = ['meet', 'receive', 'travel', 'arrive', 'call'].flatMap((k) => hits(seg, k as TriggerKind));
    const prevObj = objects.filter((o) => o.end <= obj.start).pop();
    const prevVerb = verbs.filter((v) => v.start < obj.start).sort((x, y) => x.start - y.start).pop();
    const from = Math.max(prevObj ? prevObj.end : seg.start, prevVerb ? prevVerb.start : seg.start);
    const nextObj = objects.find((o) => o.start > obj.start);
    const nextVerb = verbs.filter((v) => v.start > obj.end).sort((x, y) => x.start - y.start)[0];
    const to = Math.min(nextObj ? nextObj.start : seg.end, nextVerb ? nextVerb.start : seg.end);
    const inside = seg.dates.filter((d) => d.mention.start >= from && d.mention.start < to && !d.mention.eventRelative && !d.report);
    const before = inside.filter((d) => d.mention.end <= obj.start);
    if (before.length) return before[before.length - 1].range;
    return inside[0]?.range ?? null;
  }

  private timeNear(seg: Segment): TimeMention | null {
    return seg.times.find((t) => !t.foreign) ?? null;
  }

  private flagOf(seg: Segment): StatusFlag {
    if (has(seg, 'cancel')) return 'cancelled';
    if (has(seg, 'postpone')) return this.newDate(seg) ? null : 'postponed';
    return null;
  }

  /** days of each traveller's tour stops read from an elliptic itinerary */
  private legDays = new Map<string, DayRange>();

  private legDayOf(p: Person, place: PlaceRef): DayRange | null {
    const r = this.legDays.get(p.name + '|' + placeKeyOf(place));
    return r ? { start: r.start, end: r.start } : null;
  }

  private vagueRe: RegExp | null = null;
  private vagueCache = new WeakMap<Segment, boolean>();

  /** The clause names a month without a day, or a season: a time reference with no day. */
  private vagueTime(seg: Segment): boolean {
    if (!this.vagueRe) {
      const months = Object.keys(this.a.lex.months).filter((m) => m.length >= 3 && m !== 'may' && m !== 'mar' && m !== 'set' && m !== 'gen');
      const seasons = ['spring', 'summer', 'autumn', 'winter', 'primavera', 'estate', 'autunno', 'inverno', 'printemps', 'automne', 'hiver', 'fruhjahr', 'fruhling', 'sommer', 'herbst', 'verano', 'otono', 'invierno', 'last year', 'last week', 'next week', 'this week', 'semaine derniere', 'semaine prochaine', 'cette semaine', 'settimana scorsa', 'settimana prossima', 'prossima settimana', 'questa settimana', 'letzte woche', 'letzten woche', 'vergangene woche', 'vergangenen woche', 'nachste woche', 'nachsten woche', 'diese woche', 'dieser woche', 'semana pasada', 'proxima semana', 'esta semana', "l'anno scorso", "l'annee derniere", 'letztes jahr', 'el ano pasado'];
      // A month after a day ("6 aprile", "6 de abril") is part of a date, not a vague time.
      this.vagueRe = new RegExp(`(?:^|[^\\p{L}])(?<!\\d[.º]?\\s*(?:de\\s+)?)(?:${[...months, ...seasons].sort((x, y) => y.length - x.length).join('|')})(?![\\p{L}])`, 'u');
    }
    const known = this.vagueCache.get(seg);
    if (known !== undefined) return known;
    const body = withoutAppositions(this.a.folded, seg);
    // English "May" only capitalised.
    const v = this.vagueRe.test(body) || (this.a.lex.lang === 'en' && /(?:^|\s)May(?:\s|,|\.|$)/.test(this.a.text.slice(seg.start, seg.end)));
    this.vagueCache.set(seg, v);
    return v;
  }

  /**
   * A report's news is of its own day: an event told without a day, in the present or perfect
   * ("are meeting at the White House", "empfängt heute", "han dado la bienvenida"), is on the
   * publication day. Not a future without a day, nor a clause with a month or season of its own.
   */
  private newsDay(seg: Segment, pos: number, s: SentenceInfo): DayRange | null {
    const ref = this.a.reference;
    if (!ref || seg.dates.length || this.vagueTime(seg) || this.a.tenseAt(pos, s) === 'future' || !this.inLead(seg, s)) return null;
    return { start: ref, end: ref };
  }

  /** Only the lead tells the news; later paragraphs recall, explain and generalise. */
  private inLead(seg: Segment, s: SentenceInfo): boolean {
    return !this.datedBefore(seg.start) && s.paragraph <= this.leadFacts.paragraph + 1;
  }

  private lead: { paragraph: number; firstDated: number } | null = null;

  /** The first body paragraph, and where the first clause with a day of its own starts (computed once). */
  private get leadFacts(): { paragraph: number; firstDated: number } {
    this.lead ??= {
      // The lead is where the news starts: the first sentence naming someone with an event word,
      // past any boilerplate a page puts first ("La versione 2009 del sito termina qui").
      // A teaser the page repeats in the body ("El presidente ... ha viajado ... tres ocasiones")
      // is not where the news starts either.
      paragraph: this.a.sentences.find((x) => !x.header && x.segments.some((g) => g.persons.length && LEAD_EVENT.some((k) => g.triggers.has(k))) && !this.repeatedLater(x))?.paragraph ?? 0,
      firstDated: this.a.sentences.flatMap((x) => x.segments).find((g) => g.dates.length)?.start ?? Infinity,
    };
    return this.lead;
  }

  /** The sentence's text stands again later in the article. */
  private repeatedLater(s: SentenceInfo): boolean {
    const body = this.a.text.slice(s.start, s.end).trim();
    return body.length >= 30 && this.a.text.indexOf(body, s.end) >= 0;
  }

  /** Some clause before `pos` gives a day of its own. */
  private datedBefore(pos: number): boolean {
    return this.leadFacts.firstDated < pos;
  }

  /** Two or three single days joined by "and"/"et"/"und"/"e"/"y": their span. */
  private listedDays(seg: Segment): DayRange | null {
    // "martedì e mercoledì", "9 and 10 May", "oggi e domani"
    const ds = seg.dates.filter((d) => d.mention.kind === 'weekday' || d.mention.kind === 'date' || d.mention.kind === 'dayonly' || d.mention.kind === 'relative');
    for (let i = 0; i + 1 < ds.length; i++) {
      const gap = this.a.folded.slice(ds[i].mention.end, ds[i + 1].mention.start);
      if (!/^\s*(?:and|et|und|e|ed|y|,)\s*$/.test(gap)) continue;
      const a = ds[i].range.start;
      const b = ds[i + 1].range.start;
      if (b > a && daysBetween(b, a) <= 7) return { start: a, end: b };
    }
    return null;
  }

  /** "postponed to March 20", "auf den 19. März verschoben", "reportée au 20 mars": the new day. */
  private newDate(seg: Segment): DayRange | null {
    if (!has(seg, 'postpone')) return null;
    for (const d of seg.dates) {
      const lead = this.a.folded.slice(Math.max(seg.start, d.mention.start - 12), d.mention.start);
      if (/(?:^|\s)(?:to|until|till|al|alla|all'|allo|au|aux|a|auf den|auf|zum|para el|hasta el|el)\s*$/.test(lead) && !/(?:du|vom|dal|dall'|del|from)\s*$/.test(lead)) return d.range;
    }
    return null;
  }

  private readSegment(seg: Segment, s: SentenceInfo, fallbackDate: DayRange | null, prevSubject: Person | null, prevPlace: PlaceRef | null): { subject: Person | null; place: PlaceRef | null } {
    const st = this.state;
    const people = this.participants(seg);
    const folded = this.a.folded.slice(seg.start, seg.end);
    const flag = this.flagOf(seg);
    const asPlanned = has(seg, 'asPlanned');
    const sideline = has(seg, 'sideline');
    const denial = has(seg, 'denial') || NEGATED_PLAN.test(folded);
    // "ce dernier", "the latter": the person named last, when it is the subject of the verb at `pos`.
    const latterHit = hits(seg, 'latter')[0];
    const latterAt = (pos: number) => (latterHit && latterHit.end <= pos && pos - latterHit.end < 40 ? st.lastPerson : null);
    const latter = latterHit && latterHit.start - seg.start < 40 ? st.lastPerson : null;
    const usable = this.usablePlaces(seg);
    const ownPlaceAny = usable.length ? this.toRef(usable[0].entry) : null;
    for (const p of usable) if (p.entry.type !== 'country') st.lastForeignCity = this.toRef(p.entry);
    const base = (pos: number, preferAfter: boolean, preferBefore = false) => {
      const own = this.dateNear(seg, pos, preferBefore) ?? fallbackDate;
      const date = own ?? this.newsDay(seg, pos, s);
      // "..., where/dove/où he will meet": the place is the one the previous clause named.
      const relative = /^[\s,;]*(?:where|dove|ou|wo|donde|in cui|dans laquelle)(?:\s|,|$)/.test(folded);
      const place = (relative ? prevPlace : null) ?? this.placeNear(seg, pos, preferAfter) ?? (/(?:^|\s)(?:there|li|la|dort|alli)(?:\s|,|$)/.test(folded) ? prevPlace : null);
      return { seg, sentence: s, date, time: this.timeNear(seg), place, flag, asPlanned, tense: this.a.tenseAt(pos, s), sideline, dayAssumed: !own && !!date };
    };
    // People introduced by "with"/"by" ("mit Handelsminister X", "von Präsident Y", "par son homologue")
    // are the other side even when they stand before the verb.
    const isOther = (pm: PersonMention) => {
      // The words since the previous person (or the clause start) introduce this one.
      const prev = seg.persons.filter((p) => p.end <= pm.start).pop();
      // Discourse markers ("por su parte", "by contrast", "dal canto suo") introduce no other side.
      const cut = this.a.folded.slice(Math.max(prev ? prev.end : seg.start, pm.start - 90), pm.start).replace(DISCOURSE_MARKER, ' ');
      if (/(?:^|\s)(?:entre|between|tra|fra|zwischen)\s[^.;]*$/.test(cut)) return true;
      return /(?:^|\s|')(?:with|by|con|col|coi|insieme a|da|dal|dalla|dallo|dai|dall'|mit|von|vom|avec|par|por)\s[^.;]*$/.test(cut);
    };
    const subjectBefore = (pos: number): PersonMention[] => people.filter((p) => p.end <= pos && !isOther(p));
    const after = (pos: number): PersonMention[] => people.filter((p) => p.start >= pos || (p.end <= pos && isOther(p)));
    let subject: Person | null = null;

    // A clause that opens with "the meeting"/"il colloquio" adds time, place or people to the last event.
    const ana = hits(seg, 'meetingAnaphor')[0];
    const summitFirst = hits(seg, 'summit')[0];
    // "la telefonata di domani tra A e B": a meeting noun with its own day and new people is a new event.
    const lastPeople = (e: MeetingAtom | SummitAtom | null): Person[] => (!e ? [] : e.kind === 'summit' ? e.attendees : e.people);
    // "L'incontro ufficiale di Putin con Xi si terrà domani": naming both sides again with another day, too.
    const ownEvent = !!ana && !!st.lastEvent && seg.dates.length > 0 && !!st.lastEvent.date && +seg.dates[0].range.start !== +st.lastEvent.date.start && (people.some((p) => !lastPeople(st.lastEvent).includes(p.person)) || new Set(people.map((p) => p.person)).size >= 2);
    const last = st.lastEvent;
    if (ana && last?.kind === 'meeting' && last.date && seg.dates.length && +seg.dates[0].range.start !== +last.date.start && CONTINUES.test(folded)) {
      // "Die Gespräche werden heute auf Schloss Gottorf fortgesetzt", "talks resume on Friday in
      // Geneva": the same people meet again, on that day, where the clause says.
      const again: MeetingAtom = {
        kind: 'meeting', people: [...last.people], seg, sentence: s, date: seg.dates[0].range, time: this.timeNear(seg),
        place: this.placeNear(seg, ana.end, true) ?? last.place, flag: this.flagOf(seg), asPlanned: false, tense: this.a.tenseAt(ana.start, s), sideline: false,
      };
      this.atoms.push(again);
      st.lastEvent = again;
      return { subject: null, place: again.place };
    }
    if (ana && !ownEvent && ana.start - seg.start < 25 && st.lastEvent && !(summitFirst && summitFirst.start < ana.end && summitFirst.end > ana.start && st.summit)) {
      const ev = st.lastEvent;
      const t = this.timeNear(seg);
      if (t && !ev.time) ev.time = t;
      const pl = this.placeNear(seg, ana.end, true);
      if (pl && (!ev.place || (!ev.place.city && pl.city))) ev.place = pl;
      if (seg.dates.length && (!ev.date || ev.dayAssumed)) {
        ev.date = seg.dates[0].range;
        ev.dayAssumed = false;
      }
      this.addEvidence(ev, seg);
      return { subject: null, place: pl };
    }

    // "Les travaux se poursuivent aujourd'hui", "talks continue on Friday": the open summit runs to that day.
    const cur = st.summit;
    if (cur?.date && seg.dates.length && !people.length && CONTINUES.test(folded)) {
      const d = seg.dates[seg.dates.length - 1].range;
      if (d.end > cur.date.end && daysBetween(d.end, cur.date.start) <= 7) {
        cur.date = { start: cur.date.start, end: d.end };
        this.addEvidence(cur, seg);
        return { subject: null, place: null };
      }
    }

    // Companions: "accompanied by A and B"; "X, who was to travel with him".
    const acc = hits(seg, 'accompany')[0];
    let companions: Person[] = [];
    let companionLead: Person | null = null;
    // "X, who travels with him, will meet Y": the companion is still the subject of the main verb.
    let pronounCompanion: Person | null = null;
    if (acc) {
      const nextTrigger = ['meet', 'travel', 'arrive', 'call'].flatMap((k) => hits(seg, k as TriggerKind)).filter((h) => h.start > acc.end).map((h) => h.start);
      const stopAt = nextTrigger.length ? Math.min(...nextTrigger) : seg.end;
      companions = people.filter((p) => p.start >= acc.end && p.start < stopAt).map((p) => p.person);
      companionLead = people.filter((p) => p.end <= acc.start).pop()?.person ?? latter ?? prevSubject ?? st.focus;
      if (!companions.length && /(?:with|con|avec|mit)\s+(?:him|her|lui|lei|ihm|ihr|el|ella)/.test(this.a.folded.slice(acc.start, acc.end + 6))) {
        // "Trade Minister X, who was to travel with him": the companion is named before.
        const before = people.filter((p) => p.end <= acc.start).pop()?.person;
        companionLead = st.focus && st.focus !== before ? st.focus : null;
        companions = before ? [before] : [];
        pronounCompanion = before ?? null;
      }
      if (companionLead) companions = companions.filter((c) => c !== companionLead);
      // "La délégation belge était composée de A, B et C" on a Congolese president's visit: the
      // hosts' side, at the meeting just told, not members of the travelling party.
      const side = delegationCountry(this.a.folded, acc);
      const met = st.lastEvent;
      const hostSide = side && companionLead && side !== companionLead.country && (companionLead.country || met?.place?.country === side || (met?.kind === 'meeting' && met.people.some((p) => p.country === side)));
      if (hostSide && companions.length) {
        if (met?.kind === 'meeting' && met.people.includes(companionLead!)) for (const c of companions) if (!met.people.includes(c)) met.people.push(c);
        companions = [];
      }
    }
    const notCompanion = (p: PersonMention) => !companions.includes(p.person);

    // Summit: its days, place and the people said to attend.
    const summitHit = hits(seg, 'summit')[0];
    if (summitHit && !denial) {
      const b0 = base(summitHit.start, true);
      const relative = /^[\s,;]*(?:where|dove|ou|wo|donde)(?:\s|,|$)/.test(folded);
      // A summit is somewhere even when the clause names the venue far from the word, or the report
      // named it before: the nearest place in the clause, then the one the sentence went on from.
      const b = { ...b0, place: (relative ? prevPlace : null) ?? this.placeNear(seg, summitHit.start, false, 110) ?? this.placeNear(seg, summitHit.start, true, seg.end - seg.start) ?? prevPlace ?? this.datelinePlace() ?? (HERE_IN[this.a.lex.lang].test(folded) ? this.reportTown() : null) };
      const plainDates = seg.dates.filter((d) => d.mention.kind !== 'anaphor');
      const ownDate = plainDates.length ? this.listedDays(seg) ?? this.relativeClauseDate(seg, summitHit) ?? this.dateNear(seg, summitHit.start) : null;
      const cur = st.summit;
      // A summit told first and without a day of its own is the report's news of that day
      // (later ones are background: "preparing the summit in Rio").
      const date = ownDate ?? (st.lastEvent ? null : this.newsDay(seg, summitHit.start, s));
      if (cur && (!ownDate || !cur.date || cur.dayAssumed || (ownDate.start >= cur.date.start && ownDate.end <= cur.date.end) || (ownDate.end > ownDate.start && +cur.date.start === +cur.date.end && Math.abs(daysBetween(ownDate.start, cur.date.start)) <= 3))) {
        if (ownDate && (!cur.date || cur.dayAssumed || ownDate.end > ownDate.start)) {
          cur.date = ownDate;
          cur.dayAssumed = false;
        }
        if (b.place && !cur.place) cur.place = b.place;
        if (ownDate || b.place) this.addEvidence(cur, seg);
      } else if (date) {
        const sm: SummitAtom = { kind: 'summit', attendees: [], ...b, date, dayAssumed: !ownDate, time: this.timeNear(seg), conference: /^(?:\S*-)?(?:conferen|konferenz|forum|foro)/.test(summitHit.phrase) };
        st.summit = sm;
        st.lastEvent = sm;
        this.atoms.push(sm);
      }
      const dur = DURATION.exec(folded);
      const n = dur ? numberWord(dur[1] ?? dur[2] ?? '') : null;
      if (st.summit?.date && n && n > 1 && n < 15 && +st.summit.date.start === +st.summit.date.end) {
        const day = st.summit.date.start;
        // A day of its own is the last ("the two-day summit ending on the 16th"); the report's day
        // is the last when the summit is wrapping up, else the first ("a two-day summit opens today").
        const opening = OPENING.test(folded);
        if (!opening && (ownDate || (st.summit.dayAssumed && CLOSING.test(folded)))) st.summit.date = { start: day.minus({ days: n - 1 }), end: day };
        else if (opening || st.summit.dayAssumed) st.summit.date = { start: day, end: day.plus({ days: n - 1 }) };
      }
    }
    const attendHit = hits(seg, 'attend')[0];
    const meetHit = [...hits(seg, 'meet'), ...hits(seg, 'receive')].sort((x, y) => x.start - y.start)[0];
    if (st.summit && (summitHit || attendHit)) st.summitParagraph = s.paragraph;
    if (attendHit && st.summit && !denial) {
      const attendees = people.filter(notCompanion).map((p) => p.person);
      // "dove co-presiederà con X il vertice", "will host the summit": the unnamed subject attends too.
      if (/^(?:co-?\w*|host\w*|chair\w*|presie\w*|presid\w*|ospit\w*|accueill\w*|anfitri\w*|gastgeber\w*)$/.test(attendHit.phrase) && !people.some((p) => p.end <= attendHit.start)) {
        const subj = prevSubject ?? st.focus;
        if (subj && !attendees.includes(subj)) attendees.unshift(subj);
      }
      if (meetHit && !summitHit && st.lastEvent && st.lastEvent.kind === 'meeting' && !seg.dates.length && attendees.length && attendees.every((p) => (people.find((x) => x.person === p)?.start ?? -1) > meetHit.start)) {
        // "The meeting will also be attended by X": X joins the last meeting, not the summit.
        for (const p of attendees) if (!st.lastEvent.people.includes(p)) st.lastEvent.people.push(p);
        this.addEvidence(st.lastEvent, seg);
        return { subject: null, place: null };
      }
      for (const p of attendees) if (!st.summit.attendees.includes(p)) st.summit.attendees.push(p);
      if (attendees.length) st.summit.declared = true;
      if (attendees.length) this.addEvidence(st.summit, seg);
    }

    const listed = !attendHit && !meetHit ? this.attendeeList(seg, s, people) : [];
    if (listed.length) {
      // "Seduti attorno al tavolo ci sono il presidente X, la cancelliera Y, il premier Z": a list
      // of leaders beside a summit just told is its attendance, with or without a verb of attending.
      for (const p of listed) if (!st.summit!.attendees.includes(p.person)) st.summit!.attendees.push(p.person);
      st.summit!.declared = true;
      this.addEvidence(st.summit!, seg);
    }

    // "Queen Elizabeth II opened the Commonwealth summit", "Gillard, the host, told the gathering":
    // leaders acting in the summit's own paragraph, on its days, are among those who attend it.
    if (st.summit && !denial && !listed.length && !attendHit) {
      const actors = this.summitActors(seg, s, subjectBefore(seg.end));
      for (const p of actors) if (!st.summit.attendees.includes(p)) st.summit.attendees.push(p);
      // The subject of the clause that names the summit ("Obama ... are wrapping up a two-day summit") takes part in it.
      if (actors.length && summitHit) st.summit.declared = true;
    }

    // Trip legs: each travel word with the person named before it and the place after it
    // ("mentre il Capo dello Stato si sposterà a Hiroshima, Tajani resterà nella capitale").
    // "sarà lunedì a Varsavia": a copula counts as travel when a city follows after a locative.
    const copulas = hits(seg, 'copula').filter((h) =>
      usable.some((p) => p.start > h.end && p.start - h.end <= 45 && LOCATIVE.test(this.a.folded.slice(Math.max(h.end, p.start - 18), p.start)) && !this.a.folded.slice(h.end, p.start).includes(',')),
    );
    const travelHits = [...hits(seg, 'travel'), ...hits(seg, 'arrive'), ...hits(seg, 'stay'), ...copulas].sort((x, y) => x.start - y.start).filter((h, i, arr) => i === 0 || h.start >= arr[i - 1].end + 1);
    const returnHit = hits(seg, 'returnHome')[0];
    let stopLevelCompanions = false;
    const usedLeads: Person[] = [];
    for (let ti = 0; ti < travelHits.length && !denial; ti++) {
      const travelHit = travelHits[ti];
      const windowStart = ti > 0 ? travelHits[ti - 1].end : seg.start;
      const windowEnd = ti + 1 < travelHits.length ? travelHits[ti + 1].start : seg.end;
      const namedMentions = people.filter((p) => p.end <= travelHit.start && p.start >= windowStart && !isOther(p) && notCompanion(p));
      const lastNamed = namedMentions[namedMentions.length - 1]?.person;
      // "Joe Biden and his wife Jill arrived": the relative travels with the partner, who leads.
      const named = lastNamed?.partnerOf && namedMentions.some((m) => m.person === lastNamed.partnerOf) ? lastNamed.partnerOf : lastNamed;
      const titled = named ? null : this.titledSubject(seg, windowStart, travelHit.start);
      // "la visita a Roma del presidente X": the traveller follows a travel noun.
      // German compounds end in the noun: "Antrittsbesuch", "Staatsbesuch".
      const isNoun = this.a.lex.tripNouns.some((n) => travelHit.phrase.startsWith(n) || (this.a.lex.lang === 'de' && travelHit.phrase.endsWith(n)));
      // Only someone the report knows in an office or follows: "il primo viaggio di Cristoforo Colombo" is history.
      const genitive = !isNoun ? undefined : people.find((p) => p.start >= travelHit.end && p.start - travelHit.end <= 60 && p.start < windowEnd && GENITIVE_GAP.test(this.a.folded.slice(travelHit.end, p.start)) && !CLAUSE_WORD.test(this.a.folded.slice(travelHit.end, p.start)) && (p.person.gazetteer || !!p.person.role || p.person === st.focus))?.person;
      // "Arrivé à Séoul le 8, Emmanuel Macron sera reçu...": a leading participle's subject follows the comma.
      const participial = travelHit.start - seg.start < 3 ? people.find((p) => p.start > travelHit.end && /,/.test(this.a.folded.slice(travelHit.end, p.start)) && !isOther(p))?.person : undefined;
      // "Am Montag reist Kanzler Merz nach Paris", "È arrivato oggi a Roma il presidente Macron": a
      // subject after the verb, where the language allows it (not English).
      const postverbal = this.a.lex.lang === 'en' ? undefined : this.subjectAfter(seg, travelHit, windowEnd, people, isOther);
      // "Merkel sprach beim Besuch von Kurz": the person of a travel noun travels, not the clause's subject.
      const lead = genitive ?? named ?? titled ?? latterAt(travelHit.start) ?? (ti === 0 ? subjectBefore(travelHit.start).filter(notCompanion).pop()?.person : null) ?? participial ?? postverbal ?? prevSubject ?? st.focus;
      if (!lead) continue;
      const b = base(travelHit.start, true);
      let place = this.placeNear(seg, travelHit.end, true, Math.max(40, windowEnd - travelHit.end + 10));
      // "von Berlin nach Prag", "from Rome to Paris", "da Roma a Parigi": the place left is no stop.
      const destination = this.destinationAfterSource(seg, travelHit.end, windowEnd);
      if (destination) place = destination;
      // "travel to X for a visit": a second travel word to the same place is the same leg.
      const prevLeg = this.atoms.filter((x): x is TravelAtom => x.kind === 'travel' && x.seg === seg).pop();
      if (ti > 0 && usedLeads.includes(lead) && !named && (!place || !prevLeg?.place || placeKeyOf(prevLeg.place) === placeKeyOf(place))) continue;
      // "Peking und Shanghai besuchen": an itinerary without days is a country-level trip.
      const cities = new Set(usable.filter((p) => p.entry.type !== 'country').map((p) => (p.entry.type === 'city' || p.entry.type === 'landmark' ? p.entry.city.name : '')));
      if (!destination && cities.size >= 2 && seg.dates.filter((d) => d.range.end > d.range.start).length) place = place ? { city: null, country: place.country } : null;
      // "arrived here to attend the summit": the report's own town.
      if (!place && HERE_AFTER[this.a.lex.lang].test(this.a.folded.slice(travelHit.end, Math.min(windowEnd, travelHit.end + 12)))) place = this.reportTown();
      // "BERNA (SVIZZERA) – Mattarella è giunto in Svizzera", "Pompeo cancels Berlin trip ... a trip
      // to Germany": a trip to the country of the report's town is to that town.
      const town = place && !place.city ? this.reportTown() : null;
      if (town && town.country === place!.country) place = town;
      const homeOnly = place && lead.country && place.country === lead.country && !(place.city && st.tripCountry === lead.country);
      if (!place || homeOnly) continue;
      let date = this.newDate(seg) ?? this.dateNear(seg, travelHit.start) ?? null;
      let isRange = false;
      const ranges = seg.dates.filter((d) => d.range.end > d.range.start);
      if (this.newDate(seg)) {
        isRange = date!.end > date!.start;
      } else if (ranges.length) {
        date = ranges[0].range;
        isRange = true;
        // "departed on Monday for Sochi to attend a summit from Oct. 23 to 25": the stay runs from
        // the day of leaving to the end of what the traveller goes to.
        const purpose = [...hits(seg, 'attend'), ...hits(seg, 'summit')].find((h) => h.start > travelHit.end && h.end <= ranges[0].mention.start);
        const leaving = purpose && seg.dates.find((d) => d.range.end <= d.range.start && d.mention.end <= purpose.start && d.range.start < ranges[0].range.start && daysBetween(ranges[0].range.start, d.range.start) <= 7);
        if (leaving) date = { start: leaving.range.start, end: ranges[0].range.end };
        else if (purpose && this.a.tenseAt(travelHit.start, s) === 'past') {
          // "arrived here to attend the summit to be held Nov 26-27": there since the report's day.
          const arrived = this.inLead(seg, s) ? this.a.reference : null;
          if (arrived && arrived < ranges[0].range.start && daysBetween(ranges[0].range.start, arrived) <= 7) date = { start: arrived, end: ranges[0].range.end };
        }
      } else if (this.listedDays(seg)) {
        // "mardi et mercredi", "Tuesday and Wednesday": the days listed span the stay.
        date = this.listedDays(seg);
        isRange = true;
      } else if (seg.dates.filter((d) => d.mention.kind !== 'anaphor').length >= 2 && BEGIN_END.test(folded)) {
        const starts = seg.dates.filter((d) => d.mention.kind !== 'anaphor').map((d) => d.range.start).sort((x, y) => +x - +y);
        date = { start: starts[0], end: starts[starts.length - 1] };
        isRange = true;
      }
      const dur = DURATION.exec(folded);
      const duration = dur ? numberWord(dur[1] ?? dur[2] ?? '') : null;
      stopLevelCompanions = stopLevelCompanions || !!(seg.dates.length && !isRange && companions.length && place.city);
      // A leg takes its day from its own sentence only: "visiterà un centro" later on is not dated by the previous sentence.
      // A trip the lead tells without a day ("effectue une visite d'Etat en France", "est arrivé à
      // Washington") is the news of the day.
      const legDate = date ?? this.sentenceDate ?? this.newsDay(seg, travelHit.start, s);
      // "Los Reyes han llegado", "the two leaders flew on": one mention naming several people makes them all travellers.
      const leadMention = namedMentions[namedMentions.length - 1];
      // "Es la primera parada de su visita": the party the report follows, when the lead is of it.
      const party = named && lead === named && leadMention.person === named ? namedMentions.filter((m) => m.start === leadMention.start).map((m) => m.person) : st.focusParty.includes(lead) ? [...st.focusParty] : [lead];
      // Relatives named in the clause ("accompanied by his wife Jill", "con la moglie") travel with their partner.
      const travellers = [...party, ...people.map((m) => m.person).filter((p, k, all) => p.partnerOf && party.includes(p.partnerOf) && !party.includes(p) && all.indexOf(p) === k)];
      const atom: TravelAtom = { kind: 'travel', travellers, isRange, duration, companions: stopLevelCompanions ? companions : [], ...b, date: legDate, place };
      if (place.country) st.tripCountry = place.country;
      if (legDate && +legDate.start === +legDate.end) st.tripDay.set(lead, legDate);
      else if (legDate) st.tripDay.delete(lead);
      // "Kagame, Fonseca and Ramaphosa arrived in Addis Ababa": every coordinated subject makes the
      // same trip, each as the head of a party of their own.
      const coTravellers = named && lead === named ? this.coordinated(namedMentions).filter((p) => p !== lead && !travellers.includes(p) && !(p.country && p.country === place.country)) : [];
      for (const p of coTravellers) this.atoms.push({ ...atom, travellers: [p], companions: [] });
      this.atoms.push(atom);
      usedLeads.push(lead);
      subject = subject ?? lead;
      st.focus = lead;
      st.focusParty = travellers;
    }
    // "estará en A el 8 y 9 y en B el 10": an elliptic coordination after a leg is another leg of the
    // same traveller, each place with the days that follow it.
    const legs = this.atoms.filter((x): x is TravelAtom => x.kind === 'travel' && x.seg === seg);
    const lastLeg = legs[legs.length - 1];
    if (lastLeg && lastLeg.place && !denial) {
      const cities = usable.filter((p) => p.entry.type === 'city' && p.start > travelHits[travelHits.length - 1].end);
      // The leg may have been read as a country-level itinerary ("A and B" with a range): its first city.
      const firstIdx = lastLeg.place.city ? cities.findIndex((p) => lastLeg.place && this.toRef(p.entry).city === lastLeg.place.city) : cities.length ? 0 : -1;
      if (firstIdx >= 0 && cities.length > firstIdx + 1) {
        const dayAfter = (pos: number, to: number) => seg.dates.find((d) => d.mention.start >= pos && d.mention.start < to && d.mention.start - pos <= 30 && !d.mention.eventRelative);
        const own = dayAfter(cities[firstIdx].end, cities[firstIdx + 1].start);
        const nextLead = cities.length > firstIdx + 1 ? this.a.folded.slice(cities[firstIdx].end, cities[firstIdx + 1].start) : '';
        if (own && ELLIPTIC_LEG.test(nextLead)) {
          lastLeg.place = this.toRef(cities[firstIdx].entry);
          lastLeg.date = own.range;
          lastLeg.isRange = own.range.end > own.range.start;
          this.legDays.set(lastLeg.travellers[0].name + '|' + placeKeyOf(lastLeg.place), own.range);
          for (let i = firstIdx + 1; i < cities.length; i++) {
            const c = cities[i];
            const lead = this.a.folded.slice(cities[i - 1].end, c.start);
            if (!ELLIPTIC_LEG.test(lead)) break;
            const d = dayAfter(c.end, cities[i + 1]?.start ?? seg.end);
            if (!d) break;
            const place = this.toRef(c.entry);
            const leg: TravelAtom = { ...lastLeg, date: d.range, isRange: d.range.end > d.range.start, place, companions: lastLeg.companions };
            this.atoms.push(leg);
            this.legDays.set(leg.travellers[0].name + '|' + placeKeyOf(place), d.range);
          }
        }
      }
    }
    if (companionLead && companions.length && !stopLevelCompanions) {
      this.atoms.push({ kind: 'companions', leader: companionLead, companions, ...base(acc!.start, true) });
      subject = subject ?? companionLead;
    }
    if (returnHit && seg.dates.length) {
      const lead = subjectBefore(returnHit.start).pop()?.person ?? latter ?? prevSubject ?? st.focus;
      if (lead) this.atoms.push({ kind: 'return', travellers: [lead], ...base(returnHit.start, false), date: this.dateNear(seg, returnHit.start) });
    }

    // "EU foreign ministers meet in Brussels, chaired by X": a plural group as the subject of a meeting
    // verb is a gathering; the people the clause names attend it.
    const callHit = hits(seg, 'call')[0];
    const group = meetHit && !callHit && !summitHit && !denial && !subjectBefore(meetHit.start).length ? GROUP_SUBJECT.exec(this.a.folded.slice(seg.start, meetHit.start).replace(/^[\s\S]*[:,;]/, '')) : null;
    if (group && meetHit) {
      const b = base(meetHit.start, true);
      const attendees = people.filter(notCompanion).map((p) => p.person);
      const cur = st.summit;
      if (b.date && cur?.date && (cur.dayAssumed || (b.date.start <= cur.date.end && b.date.end >= cur.date.start))) {
        // "Il Consiglio europeo ... I capi di stato e di governo si riuniscono a Bruxelles il 20 e 21
        // ottobre": the gathering is the summit just named, and gives its days and place.
        if (cur.dayAssumed || daysBetween(b.date.end, b.date.start) > daysBetween(cur.date.end, cur.date.start)) cur.date = b.date;
        cur.dayAssumed = false;
        cur.place ??= b.place;
        for (const p of attendees) if (!cur.attendees.includes(p)) cur.attendees.push(p);
        this.addEvidence(cur, seg);
        st.summitParagraph = s.paragraph;
        return { subject: null, place: b.place };
      }
      // Leaders gathering make a summit; ministers, a conference.
      const leaders = !/minist/.test(group[0]);
      if (b.date && (attendees.length || leaders)) {
        const sm: SummitAtom = { kind: 'summit', attendees, ...b, conference: !leaders, declared: attendees.length > 0 };
        st.summit = sm;
        st.summitParagraph = s.paragraph;
        st.lastEvent = sm;
        this.atoms.push(sm);
        return { subject: null, place: b.place };
      }
    }

    // Calls and meetings.
    if (callHit && !denial) {
      const ps = people.filter(notCompanion).map((p) => p.person);
      const other = latter ?? subjectBefore(callHit.start)[0]?.person ?? this.titledSubject(seg, seg.start, callHit.start) ?? prevSubject ?? st.lastPerson ?? st.focus;
      const all = ps.length === 1 && other && other !== ps[0] ? [other, ...ps] : ps;
      const b = base(callHit.start, false);
      // "avec Donald Trump, puis avec Volodymyr Zelensky": one call per side introduced on its own.
      const eligible = people.filter(notCompanion);
      const firstOther = eligible.findIndex((p) => p.start > callHit.start || isOther(p));
      const lines: Person[][] = [];
      if (firstOther > 0 && eligible.length - firstOther >= 2) {
        const head = eligible.slice(0, firstOther).map((p) => p.person);
        let cur: Person[] = [...head, eligible[firstOther].person];
        for (let i = firstOther + 1; i < eligible.length; i++) {
          const gap = this.a.folded.slice(eligible[i - 1].end, eligible[i].start);
          if (PREPOSITION_BETWEEN.test(gap)) {
            lines.push(cur);
            cur = [...head, eligible[i].person];
          } else cur.push(eligible[i].person);
        }
        lines.push(cur);
      } else lines.push(all);
      for (const line of lines) {
        if (line.length < 2 || !b.date) continue;
        // A call "to explain the cancellation" is not itself cancelled.
        const atom: MeetingAtom = { kind: 'call', people: line, ...b, place: null, flag: null };
        this.atoms.push(atom);
        st.lastEvent = atom;
        subject = line[0];
      }
    } else if (meetHit && !denial && !(attendHit && summitHit && !sideline && this.onlyHosting(seg))) {
      const before = subjectBefore(meetHit.start).filter((p) => notCompanion(p) || (p.person === pronounCompanion && !!acc && p.end <= acc.start && acc.end < meetHit.start));
      let objects = after(meetHit.end).filter(notCompanion);
      let subj: Person[] = before.length ? this.coordinated(before) : [];
      // "Après avoir reçu Theresa May au fort de Brégançon, Emmanuel Macron a appelé...": an opening
      // phrase with a non-finite verb has the subject of the main clause, after its comma.
      const opening = OPENING_PHRASE.exec(folded);
      const comma = opening ? folded.indexOf(',', meetHit.end - seg.start) : -1;
      if (!subj.length && opening && comma > 0 && !folded.slice(0, meetHit.start - seg.start).includes(',')) {
        const main = people.find((p) => p.start > seg.start + comma && !isOther(p));
        if (main) {
          subj = [main.person];
          objects = objects.filter((o) => o.start < seg.start + comma);
        }
      }
      // "où le président Macron la recevra", "wo ihn Präsident Macron empfängt", "where Hu and Wu will
      // meet with him": a pronoun object is the person the report follows, met by each subject.
      const pronounHost = !objects.length && before.length >= 1 && this.pronounObject(seg, meetHit, before[before.length - 1]) ? latter ?? prevSubject ?? st.focus : null;
      if (pronounHost && !before.some((p) => p.person === pronounHost)) {
        subj = [pronounHost];
        objects = before;
      } else if (!objects.length && before.length >= 2 && (subj.length === 1 || !subj.includes(before[0].person))) {
        // Verb-final clauses ("Merz hat ... den Premierminister Carney empfangen", "wird Kurz noch
        // Schäuble und am Donnerstag Steinmeier treffen"): first named is the subject.
        subj = [before[0].person];
        objects = before.slice(1);
      }
      objects = objects.filter((o) => !subj.includes(o.person));
      const between = objects.length >= 2 && /(?:^|\s)(?:entre|between|tra|fra|zwischen)\s/.test(this.a.folded.slice(Math.max(seg.start, objects[0].start - 60), objects[0].start));
      if (!subj.length && !between) {
        // "l'incontro che X ha avuto con Y": the first person not introduced by "with" is the subject.
        // "Recibió el rey Felipe VI al presidente Boric": Spanish marks a person object with "a".
        const personalA = (o: PersonMention) => this.a.lex.lang === 'es' && /(?:^|\s)(?:a|al)\s+(?:[\p{L}-]+\s+){0,3}$/u.test(this.a.folded.slice(Math.max(seg.start, o.start - 40), o.start));
        const plain = objects.filter((o) => !isOther(o) && !personalA(o) && o.start >= meetHit.end);
        if (plain.length && objects.some((o) => o.start > plain[0].start && (isOther(o) || personalA(o)))) {
          subj = [plain[0].person];
          objects = objects.filter((o) => o.person !== plain[0].person);
        }
      }
      if (!subj.length && !between) {
        const fallback = latter ?? this.titledSubject(seg, seg.start, meetHit.start) ?? (subject && !objects.some((o) => o.person === subject) ? subject : null) ?? prevSubject ?? st.focus;
        if (fallback && !objects.some((o) => o.person === fallback)) subj = [fallback];
      }
      if (!objects.length && subj.length === 1 && before.length === 1) {
        // "Er wollte dort Präsident X treffen": a pronoun subject, the named person is the other side.
        const head = this.a.folded.slice(seg.start, before[0].start);
        const other = latter ?? prevSubject ?? st.focus;
        if (/(?:^|[\s,])(?:he|she|er|sie|il|elle|lui|lei|egli|ella|el|ella)\s/.test(head) && other && other !== subj[0]) {
          objects = [before[0]];
          subj = [other];
        }
      }
      if (!objects.length && subj.length === 1) {
        // "recibirá al mandatario": an unnamed titled object after the verb is the person followed.
        const tail = this.a.folded.slice(meetHit.end, Math.min(seg.end, meetHit.end + 40));
        const titled = tail.split(/[^\p{L}-]+/u).some((w) => TITLE_WORDS.has(w));
        const other = latter ?? prevSubject ?? st.focus;
        if (titled && other && other !== subj[0]) objects = [{ person: other, start: meetHit.end, end: meetHit.end, tokenStart: -1, tokenEnd: -1 }];
      }
      const b = base(meetHit.start, true);
      const groups: Person[][] = [];
      const separate = has(seg, 'separate') && !has(seg, 'joint');
      if (between) groups.push(objects.map((o) => o.person));
      else if (!objects.length && subj.length >= 2) groups.push(subj);
      else if (objects.length && has(seg, 'joint') && !separate) groups.push([...subj, ...objects.map((o) => o.person)]);
      else if (objects.length) {
        if (separate || objects.length === 1) {
          for (const o of objects) groups.push([...subj, o.person]);
        } else {
          // Objects joined by a bare "and" meet together; each with its own preposition separately.
          // A host "receives A and B" together (a delegation); a guest "meets A and B" one by one.
          const hostVerb = HOST_VERB.test(meetHit.phrase);
          let cur: Person[] = [...subj, objects[0].person];
          for (let i = 1; i < objects.length; i++) {
            // "Schäuble (CDU) und am Donnerstag Steinmeier": a party or office in brackets is no separator.
            const gap = this.a.folded.slice(objects[i - 1].end, objects[i].start).replace(/\([^)]*\)/g, ' ');
            // "meets A and B": a list of objects after one subject is one bilateral each, unless the
            // clause says they meet together ("trilateral", "together").
            if (PREPOSITION_BETWEEN.test(gap) || /\.|;/.test(gap) || (!hostVerb && COORDINATION.test(gap))) {
              groups.push(cur);
              cur = [...subj, objects[i].person];
            } else cur.push(objects[i].person);
          }
          groups.push(cur);
        }
      }
      for (const [gi, g] of groups.entries()) {
        const uniq = [...new Set(g)];
        if (uniq.length < 2) continue;
        const firstObj = objects.find((o) => o.person === uniq[uniq.length - 1]);
        const pos = firstObj && firstObj.tokenStart >= 0 ? firstObj.start : meetHit.start;
        // The place nearest the first named side of the meeting ("a Turnberry, tra X e Y").
        const firstSide = objects.find((o) => uniq.includes(o.person) && o.tokenStart >= 0);
        const placePos = between && firstSide ? firstSide.start : pos;
        // "L'incontro tra A e B, previsto per il 12 a Berlino, è stato rinviato": a meeting noun that opens
        // the clause is modified by everything up to the main verb, however long the phrase.
        const nounPhrase = meetHit.start - seg.start < 25 && !travelHits.length;
        const place = (/^[\s,;]*(?:where|dove|ou|wo|donde)(?:\s|,|$)/.test(folded) ? prevPlace : null) ?? this.placeNear(seg, placePos, false) ?? b.place ?? (nounPhrase ? this.placeNear(seg, placePos, true, seg.end - placePos) : null) ?? this.hostCapital(seg, meetHit, subj, uniq) ?? (sideline || st.summit ? null : this.datelinePlace());
        // "postponed to Thursday 19 November": the meeting takes its new day.
        let date = this.newDate(seg) ?? (firstObj && firstObj.tokenStart >= 0 ? this.dateForObject(seg, firstObj, objects) : null) ?? this.dateNear(seg, pos, true);
        // "En Montevideo está previsto un encuentro": an undated meeting at a stop of the tour is on its first day.
        if (!seg.dates.length && place?.city) for (const p of uniq) date = date ?? this.legDayOf(p, place);
        date = date ?? b.date;
        // "on the sidelines of the summit" with no day of its own: the summit's (first) day.
        if (!date && sideline && st.summit?.date) date = { start: st.summit.date.start, end: st.summit.date.start };
        // A meeting told in the past is not on the day of a trip still to come ("In Berlin traf er
        // Merkel", recalled after next Thursday's visit).
        const recalled = b.tense === 'past' && this.a.reference ? this.a.reference : null;
        if (!date && !(seg.dates.length === 0 && this.vagueTime(seg)))
          for (const p of uniq) {
            const day = st.tripDay.get(p);
            if (!date && day && !(recalled && day.start > recalled)) date = day;
          }
        // Within a stay of several days, a meeting told without its own day has none.
        if (!date || (date === b.date && !seg.dates.length && date.end > date.start)) continue;
        // "Zelensky und Merz hätten auch über X gesprochen", "Bei seinem Treffen mit Erdoğan will Merz":
        // the same people again without a day of their own tell more of their event, not a new one.
        if (!seg.dates.length && this.toldBefore(uniq)) continue;
        // A time in the clause belongs to its first meeting ("alle 12 l'incontro con X, seguito da un pranzo con Y").
        const atom: MeetingAtom = { kind: 'meeting', people: uniq, ...b, place, date, time: gi === 0 ? b.time : null, dayAssumed: date === b.date && b.dayAssumed };
        this.atoms.push(atom);
        st.lastEvent = atom;
      }
      if (subj.length) subject = subj[0];
    }
    if (subject) st.lastPerson = subject;
    // A clause without an event still tells who the next clause is about ("X sarà lunedì a Y, dove...").
    const named = subject ?? people.find((p) => !isOther(p))?.person ?? null;
    return { subject: named, place: ownPlaceAny };
  }

  /**
   * A personal pronoun as the object of the verb: a clitic between the named subject and the verb
   * ("Macron la recevra", "Macron lo riceverà", "Macron lo recibirá"), "ihn"/"ihm" before the verb
   * in German, "(with) him"/"her" right after it in English.
   */
  private pronounObject(seg: Segment, verb: PhraseHit, subject: PersonMention): boolean {
    const f = this.a.folded;
    if (this.a.lex.lang === 'en') return /^\s*(?:with\s+)?(?:him|her)(?:[\s,.;]|$)/.test(f.slice(verb.end, verb.end + 11));
    if (this.a.lex.lang === 'de') return /(?:^|\s)(?:ihn|ihm)\s/.test(f.slice(seg.start, verb.start));
    return subject.end <= verb.start && /^\s*(?:ne\s+)?(?:le|la|l'|lo|li|les|los|las|gli)\s*$/.test(f.slice(subject.end, verb.start));
  }

  /** A dated meeting or call among `people` (or more) was already read. */
  private toldBefore(people: Person[]): boolean {
    return this.atoms.some((x) => (x.kind === 'meeting' || x.kind === 'call') && x.date && people.every((p) => x.people.includes(p)));
  }

  /**
   * "the Foreign Secretary", "il Capo dello Stato", "der Kanzler" standing for a person: the person
   * followed if their office fits, else the last person mentioned whose office fits.
   */
  private titledSubject(seg: Segment, from: number, to: number): Person | null {
    // Titles that introduce a named person ("von Präsident Emmanuel Macron") are not anaphors.
    let span = this.a.folded.slice(from, to);
    for (const pm of seg.persons) {
      if (pm.start < from || pm.start >= to) continue;
      const before = this.a.folded.slice(from, pm.start);
      const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('('));
      span = span.slice(0, cut + 1) + ' '.repeat(Math.max(0, pm.end - from - cut - 1)) + span.slice(pm.end - from);
    }
    const cls = roleClasses(span);
    if (!cls.size) return null;
    const inst = INSTITUTIONS.find(([re]) => re.test(span));
    // "le président français", "der polnische Ministerpräsident": the adjective names the country.
    let nation: string | null = inst ? inst[1] : null;
    // Only the phrase right before the verb: "nella capitale etiope, ..., la premier" is not Ethiopian.
    for (const w of span.slice(span.lastIndexOf(',') + 1).split(/[^\p{L}-]+/u)) nation = nation ?? countryOfAdjective(w);
    const fits = (p: Person | null) => !!p && (!nation || p.country === nation) && [...classesOf(p)].some((c) => cls.has(c) || (inst && c === 'foreign'));
    if (fits(this.state.focus)) return this.state.focus;
    // Look back a few paragraphs at most: far-away mentions are not what a title refers to.
    for (let i = seg.sentence; i >= 0 && i >= seg.sentence - 25; i--) {
      const ps = this.a.sentences[i].segments.flatMap((g) => g.persons).filter((p) => p.start < from).reverse();
      for (const pm of ps) if (fits(pm.person)) return pm.person;
    }
    return null;
  }

  /**
   * The dateline's city ("Washington (Usa), 23 giu. -"): where a wire report is filed and, for a
   * meeting told with no place and no trip or summit around it, where it happens.
   */
  /**
   * The first person after a verb, within its window, with no other event word between and not
   * introduced by "with"/"by": the subject of a verb-subject clause.
   */
  private subjectAfter(seg: Segment, verb: PhraseHit, windowEnd: number, people: PersonMention[], isOther: (p: PersonMention) => boolean): Person | undefined {
    const first = people.find((p) => p.start >= verb.end && p.start < windowEnd);
    if (!first || isOther(first)) return undefined;
    // "Dann reist er nach Addis Abeba, wo er ... Desalegn begegnet": a pronoun is the subject, and
    // a person in a relative clause is not.
    const gap = this.a.folded.slice(verb.end, first.start);
    if (/^\s*(?:er|sie|he|she|il|elle|ils|elles|lui|lei|egli|ella|essi)(?:\s|[,.;]|$)/.test(gap) || SUBORDINATE.test(gap)) return undefined;
    const between = (['meet', 'receive', 'call', 'summit', 'attend', 'speech', 'accompany'] as TriggerKind[]).some((k) => hits(seg, k).some((h) => h.start >= verb.end && h.end <= first.start));
    return between ? undefined : first.person;
  }

  /** The town a report is filed from: its dateline's, else the first town its headlines name. */
  private reportTown(): PlaceRef | null {
    const dateline = this.a.datelineCity;
    if (dateline) return { city: dateline, country: dateline.country };
    for (const s of this.a.sentences.slice(0, 4).filter((x) => x.header)) {
      for (const seg of s.segments) {
        const p = seg.places.find((x) => x.entry.type === 'city');
        if (p?.entry.type === 'city') return { city: p.entry.city, country: p.entry.city.country };
      }
    }
    return null;
  }

  private datelinePlace(): PlaceRef | null {
    const city = this.a.datelineCity;
    return city && !this.state.tripCountry ? { city, country: city.country } : null;
  }

  /** The place after "to/nach/a/à" that follows a place left "from/von/da/desde", in the window after a travel word. */
  private destinationAfterSource(seg: Segment, from: number, to: number): PlaceRef | null {
    const places = this.usablePlaces(seg).filter((p) => p.start >= from && p.start < to);
    for (let i = 0; i + 1 < places.length; i++) {
      const before = this.a.folded.slice(Math.max(from, places[i].start - 8), places[i].start);
      const between = this.a.folded.slice(places[i].end, places[i + 1].start);
      // "departed Abuja for Sochi", "a quitté Paris pour Dakar": the place right after the verb is left too.
      const left = /(?:^|\s)(?:from|von|vom|aus|da|dal|dalla|dallo|desde|de)\s+$/.test(before) || places[i].start - from <= 2;
      if (left && /^[\s,]*(?:\p{L}+\s+){0,2}?(?:to|for|nach|a|ad|al|alla|à|au|aux|en|in|zu|zum|zur|hacia|para|pour|per|verso|rumbo a)\s+$/u.test(between)) return this.toRef(places[i + 1].entry);
    }
    return null;
  }

  /**
   * A host who receives a foreign guest without a place named does so at home: "Maas empfängt
   * seinen österreichischen Amtskollegen", "Putin received the Italian prime minister". The host
   * is the subject of a hosting verb, or the person after "received by".
   */
  private hostCapital(seg: Segment, hit: PhraseHit, subjects: Person[], people: Person[]): PlaceRef | null {
    // Within a narrated trip the stop says where; the rule is for receptions told on their own.
    if (this.state.tripCountry) return null;
    // "wurde von Burkhalter empfangen" is passive, "Burkhalter hat Faymann empfangen" is not: a
    // passive names its agent after by/von/da/par/por.
    const passive = hits(seg, 'receive').some((h) => h.start <= hit.end && h.end >= hit.start) && AGENT_MARKER.test(this.a.folded.slice(seg.start, seg.end));
    if (!passive && !HOST_VERB.test(hit.phrase)) return null;
    const host = passive ? people[people.length - 1] : subjects[0];
    if (!host?.country || !people.some((p) => p !== host && p.country && p.country !== host.country)) return null;
    const capital = capitalOf(host.country);
    return capital ? { city: capital, country: capital.country } : null;
  }

  /**
   * Three or more people named in a clause with no event word of its own, in the open summit's
   * paragraph or the next; else none. Only people named ("el presidente de Bolivia, Evo Morales"),
   * not offices alone ("los presidentes de Chile, Perú..."), which invitations name as often.
   */
  private attendeeList(seg: Segment, s: SentenceInfo, people: PersonMention[]): PersonMention[] {
    const summit = this.state.summit;
    if (!summit || s.paragraph > this.state.summitParagraph + 1) return [];
    if ((['travel', 'arrive', 'call', 'cancel', 'denial', 'absent', 'speech'] as TriggerKind[]).some((k) => has(seg, k))) return [];
    const named = this.named(people);
    return new Set(named.map((p) => p.person)).size >= 3 ? named : [];
  }

  /** The mentions that name their person ("Evo Morales"), not those of an office alone ("el presidente de Bolivia"). */
  private named(people: PersonMention[]): PersonMention[] {
    return people.filter((p) => [...p.person.keys].some((k) => this.a.folded.slice(p.start, p.end).includes(k)));
  }

  /**
   * Leaders (heads of state or government, heads of organisations) named as the subject of a
   * clause in the open summit's paragraph, when the clause tells no event of its own and gives
   * no day outside the summit's.
   */
  private summitActors(seg: Segment, s: SentenceInfo, subjects: PersonMention[]): Person[] {
    const summit = this.state.summit;
    if (!summit?.date || s.paragraph !== this.state.summitParagraph) return [];
    // In the clause that names the summit, only what precedes its word: "Obama and the leaders are
    // wrapping up a summit conceived to show... staying engaged".
    const upTo = hits(seg, 'summit')[0]?.start ?? seg.end;
    if ((['cancel', 'denial', 'absent', 'postpone'] as TriggerKind[]).some((k) => has(seg, k))) return [];
    if ((['travel', 'arrive', 'call', 'meet', 'receive'] as TriggerKind[]).some((k) => hits(seg, k).some((h) => h.start < upTo))) return [];
    const { start, end } = summit.date;
    if (seg.dates.some((d) => d.mention.kind !== 'anaphor' && (d.range.end < start || d.range.start > end))) return [];
    return [...new Set(this.named(subjects.filter((p) => p.end <= upTo)).map((p) => p.person))].filter((p) => !p.speaker && isLeader(p));
  }

  /** Every meeting word of the clause is also an attendance word ("hosted the summit"). */
  private onlyHosting(seg: Segment): boolean {
    const attend = hits(seg, 'attend');
    return [...hits(seg, 'meet'), ...hits(seg, 'receive')].every((m) => attend.some((a) => a.start < m.end && a.end > m.start));
  }

  /** The subject people: the last one before the verb and those joined to it by "and". */
  private coordinated(before: PersonMention[]): Person[] {
    const out = [before[before.length - 1]];
    for (let i = before.length - 2; i >= 0; i--) {
      const between = this.a.folded.slice(before[i].end, out[0].start);
      // "A, B, and C"; "Rwanda's President A, Cape Verde's President B, and President C": a comma
      // with at most an office before the name continues a list already joined by "and".
      const listComma = out.length >= 2 && /^\s*,\s*(?:[\p{L}'’.-]+,?\s+){0,4}$/u.test(between);
      if (listComma || /^[\s,]*(?:and|e|ed|et|und|y|&)\s/.test(between.replace(/^[^,a-z&]*/, '')) || /(?:^|\s)(?:and|e|ed|et|und|y)\s[^,;.]*$/.test(between)) out.unshift(before[i]);
      else break;
    }
    return out.map((p) => p.person);
  }

  private addEvidence(atom: { seg: Segment; extra?: Segment[] }, seg: Segment): void {
    const a = atom as { extra?: Segment[] };
    (a.extra ??= []).push(seg);
  }
}
