/**
 * What a clause rule asks of the article around it: the places, days, times and people near a
 * word, the report's own day and town, and the state carried from clause to clause.
 */
import { daysBetween, type DayRange } from '../../dates/resolve-dates';
import type { TimeMention } from '../../dates/find-dates';
import type { PhraseHit } from '../../text/phrase-matcher';
import type { Person, PersonMention } from '../../people/find-people';
import { capitalOf, countryOfAdjective } from '../../places/place-index';
import type { Analysis, Segment, SentenceInfo, TriggerKind } from '../analysis';
import { CLASS_OF_OFFICE, roleClasses, type RoleClass } from '../../people/role-classes';
import { leavePlacePattern } from '../departure';
import { placeKeyOf, type Atom, type PlaceRef, type ReaderState, type StatusFlag } from '../atoms';
import { HOST_VERB, JOINING_WORD, LEAD_EVENT, LOCATIVE } from './clause-words';
import { has, hits } from './triggers';

/** The word before the agent of a passive: "received by", "von … empfangen", "ricevuto da", "reçu par", "recibido por". */
const AGENT_MARKER = /(?:^|\s)(?:by|von|vom|da|dal|dalla|dallo|dai|dagli|par|por|del)\s/;

/** A subject pronoun opening the clause, by language (Italian "il" and Spanish "el" are articles). */
const SUBJECT_PRONOUN_BEFORE: Partial<Record<string, RegExp>> = {
  en: /^[\s,]*(?:\S+\s+){0,3}?(?:he|she|they)\s/,
  de: /^[\s,]*(?:\S+\s+){0,1}?(?:er|sie)\s/,
  fr: /^[\s,]*(?:\S+\s+){0,3}?(?:il|elle|ils|elles)\s/,
  it: /^[\s,]*(?:\S+\s+){0,3}?(?:egli|ella|lui|lei)\s/,
};

/** Relative pronouns opening a clause on the noun before them, in the five languages. */
const RELATIVE_PRONOUN = /(?:^|[\s,])(?:which|that|che|il quale|la quale|que|qui|lequel|laquelle|der|die|das|welcher|welche|welches)\s/;

/** an envoy's title and its "to"/"a"/"ante"/"bei" right before a place: the place names the post */
const POSTED_TO = /(?:^|\s)(?:ambassador|ambasciat(?:ore|rice)|ambassad(?:eur|rice)|botschafter(?:in)?|embajador(?:a)?|envoy|inviat[oa]|envoye|gesandte[r]?|enviad[oa]|consul|console|konsul|agente|representative|rappresentante|representant|vertreter(?:in)?|representante|permanent representative|delegat[oa]|delegue|delegado)(?:\s+[\p{L}'-]+){0,3}?\s+(?:to|at|in|a|ad|presso|en|ante|aupres de|aupres du|bei|au|aux|to the|at the|in der|para)\s*$/u;

/** a group's presidency handed "to" a country: "la presidenza al Brasile", "the G20 presidency to India" */
const PRESIDENCY_TO = /(?:presiden(?:cy|za|cia|ce)|vorsitz)\s+(?:[\p{L}-]+\s+){0,5}?(?:to|a|al|alla|all'|ad|à|au|an|aan)\s*$/u;

/** words opening a subordinate clause, in the five languages (folded) */
const SUBORDINATE = /(?:^|\s)(?:wo|where|dove|ou|donde|che|que|qui|which|who|dont|cui|welche[rsn]?|dass|that|weil|because|perche|parce|porque|wahrend|while|mentre|tandis|mientras)(?:\s|$)/;

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

/**
 * Adverbs, subject pronouns and the articles and prepositions of a day that may stand between a
 * travel verb and its destination ("visitó el lunes Guatemala", "a visité lundi le Mali").
 */
const ADVERBS_ONLY = /^(?:\s+(?:er|sie|dann|danach|anschliessend|auch|noch|zudem|erstmals|offiziell|then|also|later|poi|anche|quindi|puis|aussi|ensuite|luego|tambien|despues|on|am|the|el|los|las|la|le|les|il|lo|l'|der|die|das|den|dem))+\s*$/;

/**
 * Between a verb of saying and an event word, only "that", a singular subject pronoun and
 * auxiliaries: "said he would meet", "a indiqué qu'il rencontrera", "dijo que se reunirá", "sagte,
 * er werde ... treffen". Anything else ("they", "the meeting", "al Financial Times che i Paesi")
 * tells of someone else's event.
 */
const OWN_EVENT_GAP = /^[\s,:]*(?:(?:that|che|que|qu'|dass|he|she|il|elle|er|egli|lui|lei|ella|el|would|will|had|has|have|was|is|to|could|might|may|should|plans|planned|hopes|hoped|expects|expected|intends|intended|wants|wanted|also|soon|later|then|se|si|s'|werde|wird|wolle|habe|sei|ha|aveva|avrebbe|avra|era|sarebbe|sara|anche|poi|a|avait|aurait|allait|va|aussi|ensuite|iba|habia|habra|ira|tambien|luego|auch|dann|bald|noch)(?:\s+|(?<=')|$))*$/;

/** The words for a capital itself, as against a government's seat ("la Cancillería brasileña"), which needs its nationality. */
const CAPITAL_ITSELF = /^(?:capital|capitale|hauptstadt)$/;
/** A seat of government is a place only where someone is at it ("llegar a la sede de la Cancillería brasileña"), not as the source of a statement ("Según la Cancillería colombiana"). */
const AT_A_SEAT = /(?:^|\s)(?:at|in|to|into|a|al|en|à|au|nel|nella|alla|al|im|ins|zum|in der|in das)\s+(?:(?:the|la|el|le|l'|der|dem|das|den)\s*)?(?:(?:sede|seat|headquarters|siege)\s+(?:of|de|del|della|des|du)\s+(?:(?:the|la|el|le|l')\s*)?)?$/;

/** Every joining word of a stretch (matchAll wants the global flag). */
const JOINING_WORDS = new RegExp(JOINING_WORD.source, 'g');

export class ClauseLookups {
  atoms: Atom[] = [];
  state: ReaderState = { focus: null, focusParty: [], lastPerson: null, lastPlace: null, tripCountry: null, lastEvent: null, summit: null, summitParagraph: -1, prevSentenceDate: null, lastForeignCity: null, tripDay: new Map() };

  /** the last date of the earlier clauses of the current sentence */
  sentenceDate: DayRange | null = null;

  constructor(readonly a: Analysis) {}

  /** People in the clause who can take part: not spokespeople, not quoted, not declared absent. */
  participants(seg: Segment): PersonMention[] {
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
        // "Modi said he would meet Widodo", "Modi a indiqué qu'il rencontrera", "dijo que se reunirá":
        // the speaker tells of their own event when no one else is named before its word.
        const ownEvent = h.start >= pm.end && eventHits.some((e) => e.start >= h.end && e.start - h.end <= 50 && OWN_EVENT_GAP.test(this.a.folded.slice(h.end, e.start)));
        return !actsAfter && !metBefore && !ownEvent && !eventHits.some((e) => e.start >= a && e.end <= b);
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

  usablePlaces(seg: Segment): Segment['places'] {
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
      // "wird Deutschland einen Staatsbesuch abstatten": a German dative object right before a trip noun.
      if (p.entry.type === 'country' && this.a.lex.lang === 'de' && travel.some((h) => h.start >= p.end && /^\s+(?:einen|seinen|ihren|den|dem|einem)?\s*$/.test(this.a.folded.slice(p.end, h.start)))) return true;
      // "the titolare della Farnesina", "fuentes de la Moncloa": a landmark named as an institution.
      if (p.entry.type === 'landmark') return false;
      return travel.some((h) => p.start >= h.end && (p.start - h.end <= 4 || this.onlySubjectBetween(seg, h.end, p.start)));
    });
  }

  /**
   * "besucht Scholz dann Indien", "visita poi il premier la Francia", "visitó ayer Guatemala":
   * between a travel word and its country, only the subject, a day and an adverb.
   */
  private onlySubjectBetween(seg: Segment, from: number, to: number): boolean {
    if (to - from > 50) return false;
    let gap = this.a.folded.slice(from, to);
    const inside = [...seg.persons, ...seg.dates.map((d) => d.mention)].filter((m) => m.start >= from && m.end <= to);
    for (const m of inside) gap = gap.slice(0, m.start - from) + ' '.repeat(m.end - m.start) + gap.slice(m.end - from);
    return gap.trim() === '' ? inside.length > 0 : ADVERBS_ONLY.test(gap);
  }

  /**
   * The place of something said at `pos`: the nearest usable place within reach, cities before
   * countries; "the capital" counts as a place where it stands.
   */
  placeNear(seg: Segment, pos: number, preferAfter: boolean, maxDist = 90, onlyAfter = false): PlaceRef | null {
    type Cand = { start: number; end: number; ref: () => PlaceRef | null; city: boolean };
    const cands: Cand[] = this.usablePlaces(seg).map((p) => ({ start: p.start, end: p.end, ref: () => this.toRef(p.entry), city: p.entry.type !== 'country' }));
    for (const h of hits(seg, 'capital')) if (CAPITAL_ITSELF.test(h.phrase) || this.atASeat(seg, h)) cands.push({ start: h.start, end: h.end, ref: () => this.capitalRef(h), city: true });
    if (onlyAfter) return this.nearest(cands.filter((c) => c.start >= pos && LOCATIVE.test(this.a.folded.slice(Math.max(seg.start, c.start - 18), c.start))), pos, preferAfter, maxDist);
    return this.nearest(cands, pos, preferAfter, maxDist);
  }

  private nearest(cands: { start: number; end: number; ref: () => PlaceRef | null; city: boolean }[], pos: number, preferAfter: boolean, maxDist: number): PlaceRef | null {
    type Cand = (typeof cands)[number];
    const dist = (c: Cand) => (c.start >= pos ? c.start - pos + (preferAfter ? 0 : 15) : pos - c.end + (preferAfter ? 15 : 0));
    const near = cands.filter((c) => dist(c) <= maxDist).sort((x, y) => Number(y.city) - Number(x.city) || dist(x) - dist(y));
    for (const c of near) {
      const r = c.ref();
      // A generic seat ("State House") with no dateline to place it names no place.
      if (r && (r.city || r.country)) return r;
    }
    return null;
  }

  /** "at the Brazilian foreign ministry", "a la sede de la Cancillería": someone is at the seat (its nationality may stand between). */
  private atASeat(seg: Segment, h: PhraseHit): boolean {
    const before = this.a.folded.slice(Math.max(seg.start, h.start - 40), h.start);
    const last = /([\p{L}-]+)\s*$/u.exec(before);
    const trimmed = last && countryOfAdjective(last[1]) ? before.slice(0, last.index) : before;
    return AT_A_SEAT.test(trimmed) && !/(?:according|conforme|secondo|selon|laut|segun)\s+(?:to\s+)?(?:the\s+)?$/.test(trimmed);
  }

  /** "the capital": of the country an adjective beside it names ("la capital costarricense", "die österreichische Hauptstadt"), else of the trip's country. */
  private capitalRef(hit: PhraseHit): PlaceRef | null {
    const around = this.a.folded.slice(Math.max(0, hit.start - 30), hit.end + 30);
    const at = hit.start - Math.max(0, hit.start - 30);
    const words = [...(around.slice(0, at).match(/[\p{L}-]+/gu) ?? []).slice(-2), ...(around.slice(at + hit.end - hit.start).match(/[\p{L}-]+/gu) ?? []).slice(0, 2)];
    const named = words.map((w) => countryOfAdjective(w)).find(Boolean);
    const own = named ? capitalOf(named) : null;
    if (own) return { city: own, country: own.country };
    // "the foreign ministry said": a ministry named without its country places nothing.
    if (!CAPITAL_ITSELF.test(hit.phrase)) return null;
    const cap = this.state.tripCountry ? capitalOf(this.state.tripCountry) : null;
    if (cap) return { city: cap, country: cap.country };
    return this.state.lastForeignCity;
  }

  toRef(entry: Segment['places'][number]['entry']): PlaceRef {
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
  relativeClauseDate(seg: Segment, noun: PhraseHit): DayRange | null {
    for (const d of seg.dates) {
      if (d.mention.start < noun.end || d.report || d.mention.eventRelative) continue;
      const between = this.a.folded.slice(noun.end, d.mention.start);
      if (between.length > 140 || /[.;]/.test(between)) return null;
      return RELATIVE_PRONOUN.test(between) ? d.range : null;
    }
    return null;
  }

  dateNear(seg: Segment, pos: number, preferBefore = false): DayRange | null {
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
  dateForObject(seg: Segment, obj: PersonMention, objects: PersonMention[]): DayRange | null {
    const [from, to] = this.stretchOf(seg, obj, objects);
    const inside = seg.dates.filter((d) => d.mention.start >= from && d.mention.start < to && !d.mention.eventRelative && !d.report);
    const before = inside.filter((d) => d.mention.end <= obj.start);
    if (before.length) return before[before.length - 1].range;
    return inside[0]?.range ?? null;
  }

  /** The place told inside one side's stretch ("Scholz in Berlin on Monday and Tusk in Warsaw on Tuesday"), if any. */
  placeForObject(seg: Segment, obj: PersonMention, objects: PersonMention[]): PlaceRef | null {
    if (objects.length < 2) return null;
    const [from, to] = this.stretchOf(seg, obj, objects);
    const p = this.usablePlaces(seg).find((x) => x.start >= from && x.start < to && x.start > obj.start && LOCATIVE.test(this.a.folded.slice(Math.max(seg.start, x.start - 18), x.start)));
    return p ? this.toRef(p.entry) : null;
  }

  /**
   * The stretch of a clause that belongs to one side of a meeting: from the verb, or the word
   * joining it to the side before ("and", a comma), to the word joining the next side.
   */
  private stretchOf(seg: Segment, obj: PersonMention, objects: PersonMention[]): [number, number] {
    const verbs = ['meet', 'receive', 'travel', 'arrive', 'call'].flatMap((k) => hits(seg, k as TriggerKind));
    const prevObj = objects.filter((o) => o.end <= obj.start).pop();
    const prevVerb = verbs.filter((v) => v.start < obj.start).sort((x, y) => x.start - y.start).pop();
    const joinAt = (a: number, b: number) => {
      const m = [...this.a.folded.slice(a, b).matchAll(JOINING_WORDS)].pop();
      return m ? a + m.index : null;
    };
    const from = Math.max(prevObj ? joinAt(prevObj.end, obj.start) ?? prevObj.end : seg.start, prevVerb ? prevVerb.start : seg.start);
    const nextObj = objects.find((o) => o.start > obj.start);
    const nextVerb = verbs.filter((v) => v.start > obj.end).sort((x, y) => x.start - y.start)[0];
    const to = Math.min(nextObj ? joinAt(obj.end, nextObj.start) ?? nextObj.start : seg.end, nextVerb ? nextVerb.start : seg.end);
    return [from, to];
  }


  timeNear(seg: Segment): TimeMention | null {
    return seg.times.find((t) => !t.foreign) ?? null;
  }

  flagOf(seg: Segment): StatusFlag {
    if (has(seg, 'cancel')) return 'cancelled';
    if (has(seg, 'postpone')) return this.newDate(seg) ? null : 'postponed';
    return null;
  }

  /** days of each traveller's tour stops read from an elliptic itinerary */
  legDays = new Map<string, DayRange>();

  legDayOf(p: Person, place: PlaceRef): DayRange | null {
    const r = this.legDays.get(p.name + '|' + placeKeyOf(place));
    return r ? { start: r.start, end: r.start } : null;
  }

  private vagueRe: RegExp | null = null;
  private vagueCache = new WeakMap<Segment, boolean>();

  /** The clause names a month without a day, or a season: a time reference with no day. */
  vagueTime(seg: Segment): boolean {
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
  newsDay(seg: Segment, pos: number, s: SentenceInfo): DayRange | null {
    const ref = this.a.reference;
    if (!ref || seg.dates.length || this.vagueTime(seg) || this.a.tenseAt(pos, s) === 'future' || !this.inLead(seg, s)) return null;
    return { start: ref, end: ref };
  }

  /** Only the lead tells the news; later paragraphs recall, explain and generalise. */
  inLead(seg: Segment, s: SentenceInfo): boolean {
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
  listedDays(seg: Segment): DayRange | null {
    // "martedì e mercoledì", "9 and 10 May", "oggi e domani"
    const ds = seg.dates.filter((d) => d.mention.kind === 'weekday' || d.mention.kind === 'date' || d.mention.kind === 'dayonly' || d.mention.kind === 'relative');
    for (let i = 0; i + 1 < ds.length; i++) {
      const gap = this.a.folded.slice(ds[i].mention.end, ds[i + 1].mention.start);
      // "el jueves y el viernes", "le 6 et le 7": an article may repeat after the conjunction.
      if (!/^\s*(?:and|et|und|e|ed|y|,)\s*(?:(?:el|il|le|the|am|den)\s+)?$/.test(gap)) continue;
      const a = ds[i].range.start;
      const b = ds[i + 1].range.start;
      if (b > a && daysBetween(b, a) <= 7) return { start: a, end: b };
    }
    return null;
  }

  /** "postponed to March 20", "auf den 19. März verschoben", "reportée au 20 mars": the new day. */
  newDate(seg: Segment): DayRange | null {
    if (!has(seg, 'postpone')) return null;
    for (const d of seg.dates) {
      const lead = this.a.folded.slice(Math.max(seg.start, d.mention.start - 12), d.mention.start);
      if (/(?:^|\s)(?:to|until|till|al|alla|all'|allo|au|aux|a|auf den|auf|zum|para el|hasta el|el)\s*$/.test(lead) && !/(?:du|vom|dal|dall'|del|from)\s*$/.test(lead)) return d.range;
    }
    return null;
  }


  /**
   * A personal pronoun as the object of the verb: a clitic between the named subject and the verb
   * ("Macron la recevra", "Macron lo riceverà", "Macron lo recibirá"), "ihn"/"ihm" before the verb
   * in German, "(with) him"/"her" right after it in English.
   */
  pronounObject(seg: Segment, verb: PhraseHit, subject: PersonMention): boolean {
    const f = this.a.folded;
    if (this.a.lex.lang === 'en') return /^\s*(?:with\s+)?(?:him|her)(?:[\s,.;]|$)/.test(f.slice(verb.end, verb.end + 11));
    if (this.a.lex.lang === 'de') return /(?:^|\s)(?:ihn|ihm)\s/.test(f.slice(seg.start, verb.start));
    return subject.end <= verb.start && /^\s*(?:ne\s+)?(?:le|la|l'|lo|li|les|los|las|gli)\s*$/.test(f.slice(subject.end, verb.start));
  }

  /** A dated meeting or call among `people` (or more) was already read. */
  toldBefore(people: Person[]): boolean {
    return this.atoms.some((x) => (x.kind === 'meeting' || x.kind === 'call') && x.date && people.every((p) => x.people.includes(p)));
  }

  /**
   * "the Foreign Secretary", "il Capo dello Stato", "der Kanzler" standing for a person: the person
   * followed if their office fits, else the last person mentioned whose office fits.
   */
  titledSubject(seg: Segment, from: number, to: number): Person | null {
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
  subjectAfter(seg: Segment, verb: PhraseHit, windowEnd: number, people: PersonMention[], isOther: (p: PersonMention) => boolean): Person | undefined {
    const first = people.find((p) => p.start >= verb.end && p.start < windowEnd);
    if (!first || isOther(first)) return undefined;
    // "Dann reist er nach Addis Abeba, wo er ... Desalegn begegnet": a pronoun is the subject, and
    // a person in a relative clause is not.
    const gap = this.a.folded.slice(verb.end, first.start);
    if (/^\s*(?:er|sie|he|she|il|elle|ils|elles|lui|lei|egli|ella|essi)(?:\s|[,.;]|$)/.test(gap) || SUBORDINATE.test(gap)) return undefined;
    // "Er werde nach Paris reisen und dort Präsident Macron treffen": a pronoun before the verb is its subject.
    if (SUBJECT_PRONOUN_BEFORE[this.a.lex.lang]?.test(this.a.folded.slice(seg.start, verb.start))) return undefined;
    const between = (['meet', 'receive', 'call', 'summit', 'attend', 'speech', 'accompany'] as TriggerKind[]).some((k) => hits(seg, k).some((h) => h.start >= verb.end && h.end <= first.start));
    return between ? undefined : first.person;
  }

  /** The town a report is filed from: its dateline's, else the first town its headlines name. */
  reportTown(): PlaceRef | null {
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

  /**
   * The dateline's town, while no trip is being told (a trip makes its stops the guide). A gathering
   * still takes it during a trip to the town's own country ("WASHINGTON - Biden will host Kishida
   * and Marcos for a trilateral summit"); a meeting there follows the stop its people are at.
   */
  datelinePlace(forGathering = false): PlaceRef | null {
    const city = this.a.datelineCity;
    const trip = this.state.tripCountry;
    return city && (!trip || (forGathering && trip === city.country)) ? { city, country: city.country } : null;
  }

  /** The place after "to/nach/a/à" that follows a place left "from/von/da/desde", in the window after a travel word. */
  destinationAfterSource(seg: Segment, from: number, to: number): PlaceRef | null {
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
  hostCapital(seg: Segment, hit: PhraseHit, subjects: Person[], people: Person[]): PlaceRef | null {
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
  attendeeList(seg: Segment, s: SentenceInfo, people: PersonMention[]): PersonMention[] {
    const summit = this.state.summit;
    if (!summit || s.paragraph > this.state.summitParagraph + 1) return [];
    if ((['travel', 'arrive', 'call', 'cancel', 'denial', 'absent', 'speech'] as TriggerKind[]).some((k) => has(seg, k))) return [];
    const named = this.named(people);
    return new Set(named.map((p) => p.person)).size >= 3 ? named : [];
  }

  /** The mentions that name their person ("Evo Morales"), not those of an office alone ("el presidente de Bolivia"). */
  named(people: PersonMention[]): PersonMention[] {
    return people.filter((p) => [...p.person.keys].some((k) => this.a.folded.slice(p.start, p.end).includes(k)));
  }

  /**
   * Leaders (heads of state or government, heads of organisations) named as the subject of a
   * clause in the open summit's paragraph, when the clause tells no event of its own and gives
   * no day outside the summit's.
   */
  summitActors(seg: Segment, s: SentenceInfo, subjects: PersonMention[]): Person[] {
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
  onlyHosting(seg: Segment): boolean {
    const attend = hits(seg, 'attend');
    return [...hits(seg, 'meet'), ...hits(seg, 'receive')].every((m) => attend.some((a) => a.start < m.end && a.end > m.start));
  }

  /** The subject people: the last one before the verb and those joined to it by "and". */
  coordinated(before: PersonMention[]): Person[] {
    const out = [before[before.length - 1]];
    for (let i = before.length - 2; i >= 0; i--) {
      // "Los Reyes", "the royal couple": one mention naming two people names both.
      if (before[i].start === out[0].start) {
        out.unshift(before[i]);
        continue;
      }
      const between = this.a.folded.slice(before[i].end, out[0].start);
      // "A, B, and C"; "Rwanda's President A, Cape Verde's President B, and President C": a comma
      // with at most an office before the name continues a list already joined by "and".
      const listComma = out.length >= 2 && /^\s*,\s*(?:[\p{L}'’.-]+,?\s+){0,4}$/u.test(between);
      if (listComma || /^[\s,]*(?:and|e|ed|et|und|y|&)\s/.test(between.replace(/^[^,a-z&]*/, '')) || /(?:^|\s)(?:and|e|ed|et|und|y)\s[^,;.]*$/.test(between)) out.unshift(before[i]);
      else break;
    }
    return out.map((p) => p.person);
  }

  addEvidence(atom: { seg: Segment; extra?: Segment[] }, seg: Segment): void {
    const a = atom as { extra?: Segment[] };
    (a.extra ??= []).push(seg);
  }
}
