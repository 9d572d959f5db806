/**
 * The dates of each sentence, resolved in reading order: a date carries the story's day and frame
 * on to the next ("the next day", later weekdays), a list of weekdays is consecutive days, a day
 * the report was made ("informó este lunes") or a day of a thing ("the earthquake of 6 April")
 * dates no event.
 */
import type { DateTime } from 'luxon';
import type { Lexicon } from '../lexicon';
import type { PhraseHit } from '../text/phrase-matcher';
import type { Sentence } from '../text/split-sentences';
import { findDates, type DateMention } from '../dates/find-dates';
import { makeDay, resolveMention, type DateContext, type DayRange } from '../dates/resolve-dates';
import type { PlaceMention } from '../places/find-places';
import type { DateHit, SentenceInfo, TriggerKind } from './analysis';
import type { Tense } from './detect-tense';

export interface DateReading {
  folded: string;
  lex: Lexicon;
  sentences: SentenceInfo[];
  allDates: DateMention[];
  reference: DateTime | null;
  tenseFor: (pos: number, s: Sentence) => Tense;
  triggersBySentence: Map<TriggerKind, PhraseHit[]>[];
  placesBySentence: PlaceMention[][];
}

/** Each sentence's dates, in the order of `sentences`. */
export function readSentenceDates(r: DateReading): DateHit[][] {
  const { folded, lex, sentences, allDates, reference, tenseFor } = r;
  const ctx: DateContext = { reference, last: null, frame: null };
  const isReportDay = reportDayTest(r);
  const out: DateHit[][] = [];
  let di = 0;
  const monthYear = monthYearPattern(lex);
  for (const s of sentences) {
    const dates: DateHit[] = [];
    ctx.year = sentenceYear(folded.slice(s.start, s.end), monthYear);
    while (di < allDates.length && allDates[di].start < s.start) di++;
    let lastWeekday: DateHit | null = null;
    while (di < allDates.length && allDates[di].start < s.end) {
      const m = allDates[di++];
      if (s.header) continue;
      const resolved = resolveMention(m, ctx, tenseFor(m.start, s));
      if (!resolved) continue;
      const range = lastWeekday ? weekdayAfter(m, resolved, lastWeekday) : untilWeekday(m, resolved, folded, ctx.last ?? reference);
      if (m.kind === 'week') {
        // A week is a frame for the weekdays that follow, never an event's day.
        ctx.frame = range;
        continue;
      }
      const report = isReportDay(m, s);
      dates.push({ mention: m, range, report });
      if (isPlainWeekday(m) && !report) lastWeekday = dates[dates.length - 1];
      if (report) continue;
      // "in visita fino a giovedì": the end of a stay is not the day the story goes on in.
      if (UNTIL_BEFORE.test(folded.slice(Math.max(0, m.start - 12), m.start))) continue;
      ctx.last = range.start;
      if (range.stayStart) ctx.frame = { start: range.stayStart, end: range.end };
      else if (range.end > range.start) ctx.frame = range;
      else {
        // "on Monday for a three-day visit", "lunedì per una visita di tre giorni": the stay is a frame
        // that later weekdays resolve into.
        const n = stayLength(folded.slice(m.end, Math.min(s.end, m.end + 45)), lex);
        if (n > 1) ctx.frame = { start: range.start, end: range.start.plus({ days: n - 1 }) };
      }
    }
    out.push(dates);
  }
  return out;
}

/**
 * Whether a date tells when something was said ("said Friday") or dates a thing rather than an
 * event ("il sisma del 6 aprile"): such a date is kept apart and moves no frame.
 */
function reportDayTest({ folded, triggersBySentence, placesBySentence }: DateReading): (d: DateMention, s: SentenceInfo) => boolean {
  const speechHits = triggersBySentence.flatMap((t) => t.get('speech') ?? []);
  const nearSpeech = (d: DateMention) => {
    // Hits are sorted: look only at the neighbours of the mention.
    let lo = 0;
    let hi = speechHits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (speechHits[mid].start < d.start) lo = mid + 1;
      else hi = mid;
    }
    const next = speechHits[lo];
    const prev = speechHits[lo - 1];
    // "said Friday", "informó este lunes": right after the verb. "...am Freitag mitteilte": right
    // before it, with no comma ("on Wednesday, the White House said" dates the event, not the report).
    // "ha annunciato che lunedì...", "said that on Monday": the date belongs to what was said.
    if (prev && d.start >= prev.end && d.start - prev.end <= 12 && !/(?:^|\s)(?:that|che|que|qu'|dass|di)(?:\s|$)|[.!?;]/.test(folded.slice(prev.end, d.start))) return true;
    return !!next && next.start >= d.end && next.start - d.end <= 25 && !/[,;(.!?]/.test(folded.slice(d.end, next.start));
  };
  // "Nach der Begegnung mit X am Donnerstag betonte er": a day that follows an event word in its
  // own clause dates the event, even right before a verb of saying.
  const eventWordBefore = (d: DateMention, s: SentenceInfo) =>
    (['meet', 'call', 'travel', 'arrive', 'summit'] as TriggerKind[]).some((k) =>
      (triggersBySentence[s.index].get(k) ?? []).some((h) => h.end <= d.start && d.start - h.end <= 80 && !/[,;.!?]/.test(folded.slice(h.end, d.start))),
    );
  // "il sisma del 6 aprile", "the earthquake of April 6", "das Erdbeben vom 6. April": a date
  // joined by "of" to a noun that is no event word nor a part of a day dates that thing only.
  const datesThing = (d: DateMention, s: SentenceInfo) => {
    if (d.kind !== 'date') return false;
    const head = THING_OF_DATE.exec(folded.slice(Math.max(s.start, d.start - 40), d.start));
    if (!head || DAY_NOUN.test(head[1])) return false;
    const headStart = d.start - head[0].length;
    const headEnd = headStart + head[1].length;
    // "le sommet de Paris du 6 avril", "the talks of 6 April": the date is the event's after all.
    if (placesBySentence[s.index].some((p) => p.end >= headEnd - 1 && p.start <= headEnd)) return false;
    return ![...triggersBySentence[s.index].values()].some((hs) => hs.some((h) => h.end > headStart && h.start < headEnd + 1));
  };
  return (m, s) => (nearSpeech(m) && m.kind !== 'range' && !eventWordBefore(m, s)) || datesThing(m, s);
}

const isPlainWeekday = (m: DateMention) => m.kind === 'weekday' && !m.modifier && m.weekdayEnd === undefined && m.weekday !== undefined;

/**
 * "el lunes a Lisboa, el martes a Oporto y el miércoles a Coímbra": weekdays listed in the order of
 * the week are consecutive days of one itinerary, counted on from the first (in Tuesday's paper,
 * "Monday, Tuesday, Wednesday" is next week's, not "next Monday, today and tomorrow").
 */
function weekdayAfter(m: DateMention, resolved: DayRange, previous: DateHit): DayRange {
  if (!isPlainWeekday(m) || m.weekday! <= previous.mention.weekday!) return resolved;
  const day = previous.range.start.plus({ days: m.weekday! - previous.mention.weekday! });
  return { start: day, end: day };
}

/** "until", "fino a", "jusqu'à", "bis", "hasta": the end of a stay still to come. */
export const UNTIL_BEFORE = /(?:^|\s)(?:until|till|through|fino a|fino al|sino a|jusqu'a|jusqu'au|bis|bis zum|hasta el|hasta)\s*$/;

/** "in visita ufficiale in Italia fino a giovedì" (told after "ieri"): the stay ends on the coming Thursday, whatever the verb's tense. */
function untilWeekday(m: DateMention, resolved: DayRange, folded: string, from: DateTime | null): DayRange {
  if (!isPlainWeekday(m) || !from || !UNTIL_BEFORE.test(folded.slice(Math.max(0, m.start - 12), m.start))) return resolved;
  const day = from.plus({ days: (m.weekday! - from.weekday + 7) % 7 });
  return { start: day, end: day };
}

/**
 * "MADRID, 12 mar (EFE).- ... hoy" pasted on the 13th: a dateline's own day, one to three days
 * before the publication date given, is the day "today" and the weekdays count from.
 */
export function datelineDay(folded: string, dateline: { start: number; end: number } | undefined, lex: Lexicon, published: DateTime | null): DateTime | null {
  if (!dateline || !published) return null;
  const d = findDates(folded.slice(dateline.start, dateline.end), lex).find((x) => x.kind === 'date' && x.d1 && x.m1);
  if (!d) return null;
  const year = d.y1 ?? (d.m1! > published.month ? published.year - 1 : published.year);
  const day = makeDay(year, d.m1!, d.d1!);
  if (!day) return null;
  const behind = published.diff(day, 'days').days;
  return behind >= 1 && behind <= 3 ? day : null;
}

/** a noun, then "of" in the five languages, right before a date */
const THING_OF_DATE = /([\p{L}-]{3,})\s+(?:del|dello|della|dell'|of|du|des|de la|de|vom|von|di)\s*$/u;
/** nouns of a day or its parts, of a programme: "the morning of", "la giornata del", "am Abend vom"; and "from" ("à partir du", "a partir del") */
const DAY_NOUN = /^(?:partir|giorn\w*|mattin\w*|pomeriggio|ser[ae]\w*|nott[ei]|settiman\w*|data|date|day|days|morning|afternoon|evening|night|week|weekend|jour\w*|matin\w*|apres-midi|soir\w*|nuit|semaine|tag|tage|morgen|vormittag|nachmittag|abend|nacht|woche|dia|dias|manana|tarde|noche|semana|fecha|datum|programm\w*|program|agenda|calendario|calendrier|edizione|edition|edicion|ausgabe|numero|issue)$/;

const STAY_LENGTH = /^[^.;]*?(?:(\d{1,2}|[a-z]+)[\s-]*(?:day|days|giorni|jours|tagig\w*|tage\w*|dias)|(?:di|de)\s+(\d{1,2}|[a-z]+)\s+(?:giorni|jours|dias))(?![a-z])/;

/** The length in days of a stay described right after a date ("for a three-day visit"), or 0. */
function stayLength(after: string, lex: Lexicon): number {
  const m = STAY_LENGTH.exec(after);
  if (!m) return 0;
  const w = m[1] ?? m[2] ?? '';
  const n = /^\d+$/.test(w) ? Number(w) : lex.numbers[w] ?? 0;
  return n > 1 && n <= 14 ? n : 0;
}

const monthYearByLexicon = new WeakMap<Lexicon, RegExp>();

/** "June 2011", "giugno 2011", "junio de 2011", "Juni 2011": a month with its year (built once per language). */
function monthYearPattern(lex: Lexicon): RegExp {
  const known = monthYearByLexicon.get(lex);
  if (known) return known;
  const months = Object.keys(lex.months).filter((m) => m.length >= 3).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?:^|[^\\p{L}])(?:${months.join('|')})\\.?\\s+(?:de\\s+|del\\s+)?((?:19|20)\\d{2})(?![\\d])`, 'gu');
  monthYearByLexicon.set(lex, pattern);
  return pattern;
}

/**
 * The one year a sentence names with a month ("Merkel last visited Washington in June 2011, when
 * Obama awarded her the medal on June 7"): its dates without a year are of that year. None when
 * it names two years.
 */
function sentenceYear(sentence: string, monthYear: RegExp): number | null {
  const years = new Set([...sentence.matchAll(monthYear)].map((m) => Number(m[1])));
  return years.size === 1 ? [...years][0] : null;
}

