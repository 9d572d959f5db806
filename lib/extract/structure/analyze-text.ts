/**
 * One pass over the article that collects everything the event builder reads: sentences split
 * into clauses ("segments"), and in each the people, places, resolved dates, times and trigger
 * words. Headlines are read for names only; datelines for nothing.
 */
import type { DateTime } from 'luxon';
import type { Lexicon } from '../lexicon';
import { foldText } from '../text/fold-text';
import { tokenize, type Token } from '../text/tokenize';
import { splitSentences, type Sentence } from '../text/split-sentences';
import type { PhraseHit } from '../text/phrase-matcher';
import { buildPhraseIndex, matchPhraseIndex, type PhraseIndex } from '../text/phrase-index';
import { findDates, findTimes, type TimeMention } from '../dates/find-dates';
import { makeDay, toIsoDay } from '../dates/resolve-dates';
import { separableVerbHits } from '../language/german-separable-verbs';
import { addWorldTowns, datelineTown, findPlaces, type PlaceMention, type TownContext } from '../places/find-places';
import type { City } from '../places/place-types';
import { PeopleFinder, type Person, type PersonMention } from '../people/find-people';
import { findReferences } from '../people/find-references';
import type { GazetteerIndex } from '../people/gazetteer';
import type { OfficeHolder } from '../people/office-history/office-holder';
import { findTenseMarkersIn, tenseAt } from './detect-tense';
import { departureTravelHits } from './departure';
import { TRIGGER_KINDS, type Analysis, type DateHit, type Segment, type SentenceInfo, type TriggerKind } from './analysis';
import { datelineDay, readSentenceDates } from './sentence-dates';

const AS_PLANNED = ['as planned', 'as scheduled', 'wie geplant', 'come previsto', 'come da programma', 'comme prevu', 'segun lo previsto', 'como estaba previsto', 'maintient', 'goes ahead', 'will go ahead', 'instead', 'invece', 'en revanche', 'stattdessen', 'en cambio'];
const LATTER = ['the latter', "quest'ultimo", "quest'ultima", 'ce dernier', 'cette derniere', 'letzterer', 'letztere', 'este ultimo', 'esta ultima'];

// Clause boundaries: ";", ", and", ", where", "before", and a conjunction followed by an auxiliary
// ("... e ha annunciato", "... and has said"): each starts a new predicate.
/** A spokesperson's title in the apposition after a name: "Mahama Ayariga, Presidential Spokesman, said". */
const SPEAKER_AFTER = /^\s*,\s*(?:[\p{L}'-]+\s+){0,4}?(?:spokesman|spokeswoman|spokesperson|portavoce|porte-parole|sprecher|sprecherin|portavoz|vocero|vocera)(?![\p{L}])/u;

/** Nouns of places and institutions named after people, right before the name. */
const FACILITY_BEFORE = /(?:^|[\s'])(?:aeroport|airport|aeroporto|flughafen|aeropuerto|avenue|avenida|rue|boulevard|viale|piazza|plaza|platz|calle|strasse|lycee|liceo|ecole|universite|universita|universidad|university|stade|stadio|estadio|stadion|stadium|hopital|ospedale|hospital|pont|ponte|puente|fondation|fondazione|fundacion|stiftung|foundation|prix|premio|preis|prize|musee|museo|museum|institut|istituto|instituto|institute|gare|stazione|estacion|bahnhof|theatre|teatro|college|colegio|schule|gymnasium|centre|center|centro|zentrum)(?:\s+(?:de|di|del|du|des|d'|of|the|international|internacional|internazionale))?\s*$/;

const BOUNDARY = /;|\s(?:and|e|et|und|y)\s+(?:ha|hanno|has|have|had|a|ont|hat|haben|han|sera|seront|will|sara|saranno|wird|werden|fue|fueron|was|were|e stato|e stata|est)\s|,\s+(?:and|but|e|ed|ma|et|mais|und|aber|y|pero|mentre|while|whereas|tandis que|wahrend|mientras|poi|puis|dann|danach|anschliessend|luego|then|where|dove|ou|wo|donde)\s|\s(?:before|prima di|avant de|bevor|antes de|after which|dopo di che)\s|\s(?:mentre|while|tandis que|mientras que)\s/g;

const ROYAL_TITLE = /^(?:dona|reina|queen|regina|reine|konigin|princess|principessa|princesse|prinzessin|princesa|infanta)$/;

/** A press conference, or a video conference, is no conference of leaders. */
const PRESS_CONFERENCE = /(?:press|news|presse|video|telefon)\s?-?konferenz|(?:press|news|video) conference|conferen\w* (?:stampa|de presse|de prensa)|rueda de prensa|videoconferen\w*|visioconferen\w*/;

/** "the presidency of the G8", "la presidenza del G8": the group's chair, not its summit. */
const GROUP_PRESIDENCY = /(?:presidency of the|presidenza (?:del|di turno del)|presidence (?:du|de la)|presidencia (?:del|de la)|(?:prasidentschaft|vorsitz) (?:der|des|im))\s*$/;

function lexPhrases(lex: Lexicon, kind: TriggerKind): string[] {
  switch (kind) {
    case 'asPlanned':
      return AS_PLANNED;
    case 'latter':
      return LATTER;
    default:
      return lex[kind] as string[];
  }
}

const stopWordSets = new Map<string, Set<string>>();

/** "Anfang Juli", "Mitte Mai", "Ende März": German nouns of a month's part, not surnames. */
const MONTH_PARTS = ['anfang', 'mitte', 'ende'];

/** Month and weekday names: capitalised, but never part of a person's name. */
function stopWordsFor(lex: Lexicon): Set<string> {
  let s = stopWordSets.get(lex.lang);
  if (!s) {
    const dayWords = [...lex.today, ...lex.tomorrow, ...lex.yesterday, ...lex.dayBeforeYesterday, ...lex.dayAfterTomorrow, ...lex.nextWords, ...lex.lastWords, ...lex.thisWords].filter((w) => !w.includes(' '));
    s = new Set<string>([...Object.keys(lex.months), ...Object.keys(lex.weekdays), ...dayWords, ...MONTH_PARTS]);
    stopWordSets.set(lex.lang, s);
  }
  return s;
}

const triggerIndexes = new Map<string, PhraseIndex<TriggerKind>>();

function triggerIndexFor(lex: Lexicon): PhraseIndex<TriggerKind> {
  let idx = triggerIndexes.get(lex.lang);
  if (!idx) {
    idx = buildPhraseIndex(TRIGGER_KINDS.map((k) => [k, lexPhrases(lex, k)] as [TriggerKind, string[]]));
    triggerIndexes.set(lex.lang, idx);
  }
  return idx;
}

export function analyzeText(text: string, lex: Lexicon, published: DateTime | null, gazetteer: GazetteerIndex): Analysis {
  const folded = foldText(text);
  const layout = splitSentences(text);
  const inDateline = (pos: number) => layout.datelines.some((d) => pos >= d.start && pos < d.end);

  // A dateline ("Roma, 20 maggio 2026 (ANSA) -") is cut off the sentence it opens.
  for (const s of layout.sentences)
    for (const d of layout.datelines) if (s.start >= d.start && s.start < d.end && d.end < s.end) s.start = d.end;
  const sentences: SentenceInfo[] = layout.sentences.map((s, index) => ({ ...s, index, tokens: tokenize(text, folded, s.start, s.end), segments: [] }));
  // Places in a dateline or in parentheses ("8 heures à Paris") are not where events happen.
  const parens = parenthesesSpans(text);
  const inParens = (pos: number) => insideSpan(parens, pos);
  const known = sentences.map((s) => findPlaces(s.tokens));
  const stop = stopWordsFor(lex);
  const towns: TownContext = {
    lang: lex.lang,
    countries: new Set(known.flat().map((p) => (p.entry.type === 'country' ? p.entry.country.code : p.entry.city.country))),
    stopWords: stop,
    isPersonWord: (key) => gazetteer.byFirst.has(key),
  };
  const placesBySentence = known.map((found, i) => addWorldTowns(sentences[i].tokens, found, towns).filter((p) => !inDateline(p.start) && !inParens(p.start)));

  // People: names first everywhere, then surnames against everything found.
  const finder = new PeopleFinder(gazetteer, stop, lex.lang, published ? toIsoDay(published) : null);
  const sentTokens = sentences.map((s, i) => {
    const blocked = new Set<number>();
    // "doña Sofía", "Queen Sofia": after a royal title a city's name is a person's.
    const titled = (p: PlaceMention) => p.tokenStart > 0 && ROYAL_TITLE.test(s.tokens[p.tokenStart - 1].key);
    for (const p of placesBySentence[i]) if (!titled(p)) for (let k = p.tokenStart; k < p.tokenEnd; k++) blocked.add(k);
    return { tokens: s.tokens, blocked };
  });
  const pindex = triggerIndexFor(lex);
  const triggersBySentence = sentences.map((s) => {
    const found = matchPhraseIndex(pindex, s.tokens);
    if (lex.lang === 'de') for (const [kind, hit] of separableVerbHits(s.tokens)) found.set(kind, [...(found.get(kind) ?? []), hit].sort((x, y) => x.start - y.start));
    const summits = found.get('summit')?.filter((h) => !PRESS_CONFERENCE.test(folded.slice(Math.max(0, h.start - 6), h.end + 12)) && !GROUP_PRESIDENCY.test(folded.slice(Math.max(0, h.start - 22), h.start)));
    if (summits?.length) found.set('summit', summits);
    else if (summits) found.delete('summit');
    return found;
  });
  let firstPass = sentTokens.map((st) => finder.findInSentence(st, text));
  // German capitalises every noun, so untitled names are read only in the other languages.
  if (lex.lang !== 'de')
    firstPass = firstPass.map((ms, i) => {
      const t = triggersBySentence[i];
      const spans = (['meet', 'call', 'travel', 'arrive', 'receive'] as TriggerKind[]).flatMap((k) => t.get(k) ?? []);
      return sentences[i].header ? ms : finder.findUntitled(sentTokens[i], text, spans, ms);
    });
  finder.mergeShortForms(firstPass);
  // Then people named by office or as "the two leaders", in reading order (they refer back).
  const references = { day: published ? toIsoDay(published) : null, lastNamed: [] as Person[], personForHolder: (holder: OfficeHolder) => finder.personForHolder(holder), namedPerson: (name: string, country: string | null) => finder.namedPerson(name, country), lang: lex.lang };
  // Whether an earlier sentence already said that someone met or spoke ("the two leaders" then elaborate it).
  let meetingTold = false;
  const personsBySentence = sentTokens.map((st, i) => {
    // "l'aéroport Léopold Sédar Senghor", "Avenida Juan Perón": a place named after a person is no person.
    const named = finder.resolveSurnames(st, firstPass[i]).filter((m) => !FACILITY_BEFORE.test(folded.slice(Math.max(0, m.start - 24), m.start)));
    for (const m of named) if (SPEAKER_AFTER.test(folded.slice(m.end, m.end + 60))) m.person.speaker = true;
    if (sentences[i].header) return named;
    const all = findReferences(st.tokens, text, folded, named, placesBySentence[i], references);
    const people = all.filter((m) => !m.person.speaker).map((m) => m.person);
    if (people.length) references.lastNamed = people;
    if (!meetingTold) pairActsTogether(all, triggersBySentence[i]);
    addDepartures(triggersBySentence[i], departureTravelHits(folded, placesBySentence[i], lex));
    passiveWelcomeIsArrival(st.tokens, all, triggersBySentence[i]);
    meetingTold ||= hasMeetingWord(triggersBySentence[i]);
    return all;
  });
  // Places that a person's name covers are not places ("Santiago Peña").
  for (let i = 0; i < sentences.length; i++) {
    const ps = personsBySentence[i];
    if (ps.length) placesBySentence[i] = placesBySentence[i].filter((pl) => !ps.some((p) => pl.start < p.end && pl.end > p.start));
  }

  // Dates in text order; the reference is the publication date or the dateline's.
  const allDates = findDates(folded, lex).filter((d) => !inDateline(d.start) && !inParens(d.start));
  let reference = datelineDay(folded, layout.datelines[0], lex, published) ?? published;
  if (!reference) {
    const head = findDates(folded.slice(0, 600), lex).find((d) => d.kind === 'date' && d.y1 && d.m1 && d.d1);
    if (head && head.y1 && head.m1 && head.d1) {
      reference = makeDay(head.y1, head.m1, head.d1);
    }
  }
  // Tense is read only where it matters: sentences with a date or an event word.
  const eventKinds: TriggerKind[] = ['travel', 'arrive', 'meet', 'receive', 'call', 'summit', 'attend', 'stay', 'copula', 'returnHome'];
  const spans: Array<[number, number]> = [];
  let dCursor = 0;
  for (const s of sentences) {
    if (s.header) continue;
    while (dCursor < allDates.length && allDates[dCursor].start < s.start) dCursor++;
    const hasDate = dCursor < allDates.length && allDates[dCursor].start < s.end;
    const t = triggersBySentence[s.index];
    if (hasDate || eventKinds.some((k) => t.has(k))) spans.push([s.start, s.end]);
  }
  const markers = findTenseMarkersIn(text, lex.lang, spans);
  const tenseFor = (pos: number, s: Sentence) => tenseAt(markers, pos, s.start, s.end, folded);
  const allTimes = findTimes(folded, lex).filter((t) => !inDateline(t.start));

  const datesBySentence = readSentenceDates({ folded, lex, sentences, allDates, reference, tenseFor, triggersBySentence, placesBySentence });
  let ti = 0;
  for (const s of sentences) {
    const times: TimeMention[] = [];
    while (ti < allTimes.length && allTimes[ti].start < s.start) ti++;
    while (ti < allTimes.length && allTimes[ti].start < s.end) times.push(allTimes[ti++]);
    const triggers = triggersBySentence[s.index];
    s.segments = splitSegments(s, folded, personsBySentence[s.index], placesBySentence[s.index], datesBySentence[s.index].filter((d) => !d.report), times, triggers);
  }
  let datelineCity: City | null = null;
  const dl = layout.datelines[0];
  if (dl) {
    const p = findPlaces(tokenize(text, folded, dl.start, dl.end)).find((pl) => pl.entry.type === 'city');
    if (p && p.entry.type === 'city') datelineCity = p.entry.city;
    else datelineCity = datelineTown(text.slice(dl.start, dl.end), lex.lang);
  }
  return { text, folded, lex, reference, sentences, persons: finder.persons, datelineCity, tenseAt: (pos, s) => tenseFor(pos, s) };
}

/** Departures with an origin and a destination ("left Paris for Rome") count as travel words of their sentence. */
function addDepartures(triggers: Map<TriggerKind, PhraseHit[]>, departures: PhraseHit[]): void {
  if (!departures.length) return;
  const travel = triggers.get('travel') ?? [];
  const fresh = departures.filter((d) => !travel.some((h) => h.start < d.end && h.end > d.start));
  if (fresh.length) triggers.set('travel', [...travel, ...fresh].sort((x, y) => x.start - y.start));
}

const hasMeetingWord = (triggers: Map<TriggerKind, PhraseHit[]>) => triggers.has('call') || triggers.has('meet') || triggers.has('receive');

/**
 * "Dopo il picchetto d'onore, i due leader entrano in villa", "the two men toured the site": in a
 * report that has not yet said that anyone met or spoke (else "the two" elaborate that meeting),
 * a pair as the subject of a clause is a meeting of the two.
 */
function pairActsTogether(mentions: PersonMention[], triggers: Map<TriggerKind, PhraseHit[]>): void {
  const pair = mentions.find((m) => m.pair);
  if (!pair || hasMeetingWord(triggers)) return;
  const hit: PhraseHit = { start: pair.end, end: pair.end, phrase: 'pair' };
  triggers.set('meet', [hit]);
  triggers.set('joint', [...(triggers.get('joint') ?? []), hit].sort((x, y) => x.start - y.start));
}

/** auxiliaries of the passive, right before its participle: "was", "è stato", "a été", "wurde", "han sido" */
const PASSIVE_AUX = /^(?:was|were|been|be|stato|stata|stati|state|ete|wurde|wurden|worden|sido|fue|fueron|sera|seran)$/;
const WELCOMED = /^(?:receiv|welcom|greet|accolt|ricevut|accueilli|recu|empfang|recibid|acogid)/;

/**
 * "Los Reyes han sido recibidos en el aeropuerto de Chengdu", "was welcomed at the airport": a
 * passive welcome with nobody named after it is the guest's arrival there (with a host named
 * after it, "received by X", it stays a meeting).
 */
function passiveWelcomeIsArrival(tokens: Token[], mentions: PersonMention[], triggers: Map<TriggerKind, PhraseHit[]>): void {
  for (const hit of triggers.get('meet') ?? []) {
    const k = tokens.findIndex((t) => t.start === hit.start);
    if (k < 1 || !PASSIVE_AUX.test(tokens[k - 1].key) || !WELCOMED.test(tokens[k].key)) continue;
    const clauseEnd = tokens.findIndex((t, j) => j > k && /^[;.]$/.test(t.key));
    const end = clauseEnd < 0 ? Infinity : tokens[clauseEnd].start;
    if (mentions.some((m) => m.start > hit.end && m.start < end) || triggers.has('receive')) continue;
    triggers.set('arrive', [...(triggers.get('arrive') ?? []), hit].sort((x, y) => x.start - y.start));
    triggers.set('meet', triggers.get('meet')!.filter((h) => h !== hit));
    if (!triggers.get('meet')!.length) triggers.delete('meet');
    return;
  }
}

/** `pos` strictly inside one of the sorted, non-overlapping spans (binary search). */
function insideSpan(spans: Array<[number, number]>, pos: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] < pos) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo - 1];
  return !!s && pos > s[0] && pos < s[1];
}

function parenthesesSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) open = i;
    else if (c === 41 && open >= 0) {
      if (i - open < 200) out.push([open, i]);
      open = -1;
    } else if (c === 10) open = -1;
  }
  return out;
}

const EVENT_KINDS: TriggerKind[] = ['travel', 'arrive', 'meet', 'call', 'summit', 'attend', 'accompany', 'stay', 'returnHome'];

function splitSegments(s: SentenceInfo, folded: string, persons: PersonMention[], places: PlaceMention[], dates: DateHit[], times: TimeMention[], triggers: Map<TriggerKind, PhraseHit[]>): Segment[] {
  const cuts: number[] = [s.start];
  const body = folded.slice(s.start, s.end);
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(body)) !== null) {
    const pos = s.start + m.index;
    // Never cut inside a name, date or place.
    const inside = [...persons, ...places, ...dates.map((d) => d.mention)].some((x) => pos > x.start && pos < x.end);
    if (!inside) cuts.push(pos);
  }
  cuts.push(s.end);
  const raw: Array<[number, number]> = [];
  for (let i = 0; i + 1 < cuts.length; i++) if (cuts[i + 1] > cuts[i]) raw.push([cuts[i], cuts[i + 1]]);
  const pick = <T extends { start: number }>(xs: T[], a: number, b: number) => xs.filter((x) => x.start >= a && x.start < b);
  const make = (a: number, b: number): Segment => {
    const trig = new Map<TriggerKind, PhraseHit[]>();
    for (const [k, hits] of triggers) {
      const h = pick(hits, a, b);
      if (h.length) trig.set(k, h);
    }
    return { start: a, end: b, sentence: s.index, persons: pick(persons, a, b), places: pick(places, a, b), dates: dates.filter((d) => d.mention.start >= a && d.mention.start < b), times: pick(times, a, b), triggers: trig };
  };
  const segs: Segment[] = [];
  for (const [a, b] of raw) {
    const seg = make(a, b);
    const hasEvent = EVENT_KINDS.some((k) => seg.triggers.has(k));
    const prev = segs[segs.length - 1];
    // A clause without an event word continues the previous one ("..., e con il Segretario X").
    if (prev && !hasEvent) segs[segs.length - 1] = make(prev.start, b);
    // A list of names without a verb is the subject of the clause its last item opens ("Kagame,
    // Fonseca, Buhari, and Ramaphosa arrived"; "los presidentes de Bolivia, X, y Paraguay, Y";
    // "el presidente de Brasil, X; el de Uruguay, Y; ... asistirán").
    else if (prev && !EVENT_KINDS.some((k) => prev.triggers.has(k)) && prev.persons.length && /^(?:[\s,]*(?:and|y|e|ed|et|und|sowie)\s|;)/.test(folded.slice(a, b))) segs[segs.length - 1] = make(prev.start, b);
    else segs.push(seg);
  }
  return segs;
}
