/**
 * Finds date and time expressions in folded text with a grammar built from the language's
 * lexicon. Returns unresolved parts; resolve-dates.ts turns them into calendar days using the
 * publication date, the tense around them and the dates mentioned before.
 */
import { countWord, type Lexicon } from '../lexicon';
import { phraseSource } from '../text/phrase-matcher';

/** parts of a day after a weekday, in the five languages (folded) */
const DAY_PART = String.raw`(?:morning|afternoon|evening|night|mattina|mattinata|pomeriggio|sera|serata|matin|matinee|apres-midi|soir|soiree|vormittag|nachmittag|abend|por la manana|por la tarde|por la noche)(?![\p{L}])`;

/** "the 18th Saarc Summit", "le 19e sommet", "il 25 vertice": an ordinal of a recurring event, not a day. */
// The event's name may run to several words ("the 18th South Asian Association for Regional
// Cooperation (SAARC) summit"), but not through words that start a clause of their own ("on the
// 18th to attend the summit").
const ORDINAL_OF_EVENT = String.raw`\s+(?:(?!(?:to|and|when|where|will|at|in|on|with|a|al|au|e|et|y|und|zu|um|per|pour|para)\s)[\p{L}()-]+\s+){0,7}?(?:summit|vertice|sommet|gipfel|cumbre|conference|conferenza|konferenz|conferencia|session|sessione|sesion|edition|edizione|ausgabe|edicion|anniversary|anniversario|anniversaire|jahrestag|aniversario|round|congress|congresso|congres|kongress|congreso|century|secolo|siecle|jahrhundert|siglo)(?:\s|[,.;]|$)`;

export type DateKind = 'date' | 'range' | 'weekday' | 'relative' | 'anaphor' | 'dayonly' | 'week';

export interface DateMention {
  start: number;
  end: number;
  kind: DateKind;
  d1?: number;
  m1?: number;
  y1?: number;
  wd1?: number;
  d2?: number;
  m2?: number;
  y2?: number;
  weekday?: number;
  /** "Wednesday afternoon", "Mittwochabend": a part of the day is named with the weekday */
  dayPart?: boolean;
  /** "Monday to Wednesday": the weekday the range ends on */
  weekdayEnd?: number;
  modifier?: 'next' | 'last' | 'this' | 'weekAfter';
  /** days from the publication date (relative words) */
  offset?: number;
  anaphor?: 'same' | 'next' | 'before' | 'first' | 'nth';
  /** "the second day", "il terzo giorno": the day's number in the stay (-1 = the last day) */
  nth?: number;
  /** "the eve of the summit", "am Vorabend des Gipfels": relative to a named event, not the last date */
  eventRelative?: boolean;
  /** an explicit "last"/"scorso" after a day-month date */
  pastHint?: boolean;
}

export interface TimeMention {
  start: number;
  end: number;
  hour: number;
  minute: number;
  /** the text names another zone ("13.00 GMT", "9 Uhr MEZ"): not the local time */
  foreign: boolean;
  /** "8:30 a.m. Washington time": the city whose clock is meant */
  zoneCity?: string;
}

export interface Grammar {
  /**
   * Sticky patterns tried only where a match can start: at a number, or at one of `starts`
   * (folded first words). This keeps the grammar linear in the text and cheap per article.
   */
  patterns: Array<{ re: RegExp; starts: 'digit' | Set<string>; build: (m: RegExpExecArray) => Omit<DateMention, 'start' | 'end'> | null }>;
  /** every word any pattern can start with */
  startWords: Set<string>;
  time: RegExp[];
}

const grammars = new Map<string, Grammar>();
const NB = '(?![\\p{L}\\p{N}])';
const PB = '(?<![\\p{L}\\p{N}])';

/** A lookahead on the first letters of the words: lets the regex engine skip most positions fast. */
function firstLetters(words: Iterable<string>): string {
  const set = new Set<string>();
  for (const w of words) if (w) set.add(w[0] === '*' ? '' : w[0]);
  if (set.has('')) return '';
  return `(?=[${[...set].map((c) => c.replace(/[\]\\^-]/g, '\\$&')).join('')}])`;
}

function alt(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(phraseSource).join('|');
}

/** The pieces of pattern the grammar's rules share, built once per language. */
function grammarParts(lex: Lexicon) {
  const MONTH = `(${alt(Object.keys(lex.months))})\\.?`;
  const WDAY = `(${alt(Object.keys(lex.weekdays))})`;
  const OPT_WD = `(?:${WDAY},?\\s+)?`;
  const D = '(\\d{1,2})(?:\\.|º|°|ª|er|st|nd|rd|th)?';
  const DE = lex.lang === 'es' || lex.lang === 'fr' ? '(?:de\\s+|d\')?' : '';
  const YEAR = `(?:,?\\s+(?:de\\s+|del\\s+)?(\\d{4}))?`;
  const ART = "(?:(?:il|l'|le|el|la|dem|den|zum|the|los|les|lo)\\s*)?";
  const CONN = `\\s*(?:${alt([...lex.rangeWords, ...lex.andWords, '-', 'to', 'and'])})\\s*${ART}`;
  const month = (s: string | undefined): number | undefined => (s ? lex.months[s.replace(/\.$/, '')] : undefined);
  const wday = (s: string | undefined): number | undefined => (s ? lex.weekdays[s] : undefined);
  // A weekday word that lengthens another names a part of that day ("Mittwochabend": the lexicon's own compounds).
  const weekdayWords = Object.keys(lex.weekdays);
  const withDayPart = new Set(weekdayWords.filter((w) => weekdayWords.some((base) => base !== w && w.startsWith(base))));
  const num = (s: string | undefined): number | undefined => (s ? Number(s) : undefined);
  const flags = 'uy';
  const firstWords = (phrases: Iterable<string>) => new Set([...phrases].map((p) => p.split(/[^\p{L}\p{N}]+/u).filter(Boolean)[0] ?? '').filter(Boolean));

  return { MONTH, WDAY, OPT_WD, D, DE, YEAR, CONN, month, wday, withDayPart, num, flags, firstWords };
}

type Parts = ReturnType<typeof grammarParts>;
type Pattern = Grammar['patterns'][number];

function buildGrammar(lex: Lexicon): Grammar {
  const parts = grammarParts(lex);
  // Order matters: where two matches overlap, the earlier pattern wins.
  const patterns = [...calendarPatterns(lex, parts), ...weekdayPatterns(lex, parts), ...relativePatterns(lex, parts)];
  const startWords = new Set<string>();
  for (const p of patterns) if (p.starts !== 'digit') for (const w of p.starts) startWords.add(w);
  return { patterns, time: timePatterns(lex), startWords };
}

/** Calendar dates: day and month, ranges of them, a weekday with its day, a bare day after an article. */
function calendarPatterns(lex: Lexicon, { MONTH, WDAY, OPT_WD, D, DE, YEAR, CONN, month, wday, num, flags }: Parts): Pattern[] {
  const patterns: Pattern[] = [];
  // "giovedì 19 e venerdì 20 marzo", "dall'8 al 12 aprile 2026", "du 30 mars au 2 avril", "vom 24. bis 26. Februar"
  patterns.push({
    starts: 'digit',
    re: new RegExp(`(?=\\d)${PB}${D}(?:\\s+${DE}${MONTH}${YEAR})?${CONN}${OPT_WD}${D}\\s+${DE}${MONTH}${YEAR}${NB}`, flags),
    build: (m) => {
      const [, da, ma, ya, wb, db, mb, yb] = m;
      const wa = undefined;
      const m2 = month(mb);
      if (!m2) return null;
      return { kind: 'range', wd1: wday(wa), d1: num(da), m1: month(ma) ?? m2, y1: num(ya) ?? num(yb), d2: num(db), m2, y2: num(yb), weekday: wday(wb) };
    },
  });
  // "March 2-5", "June 14 to 16", "March 30 to April 2, 2026", "Feb. 14"
  if (lex.lang === 'en') {
    patterns.push({
      starts: new Set(Object.keys(lex.months)),
      re: new RegExp(`${firstLetters(Object.keys(lex.months))}${PB}${MONTH}\\s+${D}${YEAR}(?:\\s*(?:-|to|through|until|and)\\s*(?:${MONTH}\\s+)?${D}${NB}${YEAR})?${NB}`, flags),
      build: (m) => {
        const [, ma, da, ya, mb, db, yb] = m;
        const w = undefined;
        const m1 = month(ma);
        if (!m1) return null;
        if (!db) return { kind: 'date', wd1: wday(w), d1: num(da), m1, y1: num(ya) };
        return { kind: 'range', d1: num(da), m1, y1: num(ya) ?? num(yb), d2: num(db), m2: month(mb) ?? m1, y2: num(yb) };
      },
    });
  }
  // "lunedì 23 marzo", "8 avril 2026", "21. Jänner", "1 de marzo de 2025"
  patterns.push({
    starts: 'digit',
    re: new RegExp(`(?=\\d)${PB}${D}\\s+${DE}${MONTH}${YEAR}(\\s+(?:${alt(lex.lastWords)}))?${NB}`, flags),
    build: (m) => {
      const [, da, ma, ya, last] = m;
      const w = undefined;
      return { kind: 'date', wd1: wday(w), d1: num(da), m1: month(ma), y1: num(ya), pastHint: !!last };
    },
  });
  // "el lunes 13", "Martedì 24", "Montag, 16."
  patterns.push({
    starts: new Set(Object.keys(lex.weekdays)),
    re: new RegExp(`${firstLetters(Object.keys(lex.weekdays))}${PB}${WDAY},?\\s+(?:(?:the|il|le|el|den)\\s+)?(\\d{1,2})(?:\\.|º|er|th)?(?!\\s*(?:h\\b|heures|uhr|:|[.,]\\d|%|\\d))${NB}`, flags),
    build: (m) => ({ kind: 'dayonly', d1: num(m[2]), wd1: wday(m[1]) }),
  });
  // "le 8 au soir", "il 23", "el 13", "on the 14th", "l'8", "el pasado día 17", "il giorno 17"
  patterns.push({
    starts: new Set(['le', 'il', 'l', 'el', 'the', 'dem']),
    // A month after the day makes it a full date, read by the pattern above ("el próximo 12 de febrero").
    re: new RegExp(`(?=[lteid])${PB}(?:le|il|l'|el|the|dem)\\s*(?:(?:pasado|proximo)\\s+)?(?:(?:dia|giorno)\\s+)?(\\d{1,2})(?!(?:\\.|º|er|th)?\\s+(?:de\\s+|of\\s+)?(?:${alt(Object.keys(lex.months))})${NB})(?:\\.|º|er|th)?(?!\\s*(?:h\\b|heures|uhr|ore|horas|hours|:|[.,]\\d|%|\\d|per|milion|mill|miliard|anni|ans|years|jahre|anos|paesi|pays|countries|lander|paises))(?!${ORDINAL_OF_EVENT})${NB}`, flags),
    build: (m) => ({ kind: 'dayonly', d1: num(m[1]) }),
  });
  return patterns;
}

/** Weekdays: ranges of them, with "next"/"last"/"this", "Thursday week", and the weeks they fall in. */
function weekdayPatterns(lex: Lexicon, { WDAY, wday, withDayPart, flags, firstWords }: Parts): Pattern[] {
  const patterns: Pattern[] = [];
  // weekday ranges: "from Monday to Wednesday", "da lunedì a mercoledì", "von Montag bis Mittwoch"
  const WD_CONN = alt(['to', 'through', 'until', 'a', 'al', 'au', 'bis', 'bis zum', 'fino a', "jusqu'a", 'hasta el', 'hasta', '-']);
  patterns.push({
    starts: new Set(Object.keys(lex.weekdays)),
    re: new RegExp(`${firstLetters(Object.keys(lex.weekdays))}${PB}${WDAY}\\s*(?:${WD_CONN})\\s*(?:(?:el|il|le|den)\\s+)?${WDAY}${NB}`, flags),
    build: (m) => ({ kind: 'weekday', weekday: wday(m[1]), weekdayEnd: wday(m[2]) }),
  });
  // weekday with modifiers: "next Tuesday", "giovedì prossimo", "el próximo lunes", "am kommenden Montag"
  const NEXT = alt(lex.nextWords);
  const LAST = alt(lex.lastWords);
  const THIS = alt(lex.thisWords);
  // "Thursday week" (British): the Thursday after the coming one.
  if (lex.lang === 'en')
    patterns.push({
      starts: new Set(Object.keys(lex.weekdays)),
      re: new RegExp(`${firstLetters(Object.keys(lex.weekdays))}${PB}${WDAY}\\s+week${NB}(?!\\s*(?:of|'s))`, flags),
      build: (m) => ({ kind: 'weekday', weekday: wday(m[1]), modifier: 'weekAfter' }),
    });
  patterns.push({
    starts: firstWords([...lex.nextWords, ...lex.lastWords, ...lex.thisWords, ...Object.keys(lex.weekdays)]),
    re: new RegExp(`${firstLetters([...lex.nextWords, ...lex.lastWords, ...lex.thisWords, ...Object.keys(lex.weekdays)])}${PB}(?:(?:(${NEXT})|(${LAST})|(${THIS}))\\s+)?${WDAY}(?:\\s+(?:(${NEXT})|(${LAST})))?${NB}(?=(\\s+${DAY_PART})?)`, flags),
    build: (m) => {
      const [, n1, l1, t1, w, n2, l2, part] = m;
      const modifier = n1 || n2 ? 'next' : l1 || l2 ? 'last' : t1 ? 'this' : undefined;
      return { kind: 'weekday', weekday: wday(w), modifier, dayPart: !!part || withDayPart.has(w) };
    },
  });
  // "next week", "la semaine dernière": not a day, but the week later weekdays fall in.
  const weeks: Array<[string[], number]> = [
    [['next week', 'coming week', 'prossima settimana', 'settimana prossima', 'semaine prochaine', 'nachste woche', 'kommende woche', 'kommenden woche', 'proxima semana', 'semana que viene', 'semana proxima'], 7],
    [['last week', 'settimana scorsa', 'scorsa settimana', 'semaine derniere', 'vergangene woche', 'vergangenen woche', 'letzte woche', 'letzten woche', 'semana pasada'], -7],
    [['this week', 'questa settimana', 'cette semaine', 'diese woche', 'dieser woche', 'esta semana'], 0],
  ];
  for (const [words, offset] of weeks) {
    patterns.push({ starts: firstWords(words), re: new RegExp(`${firstLetters(words)}${PB}(?:${alt(words)})${NB}`, flags), build: () => ({ kind: 'week', offset }) });
  }
  return patterns;
}

/** Days counted from the report ("yesterday", "two days ago") and from the event told ("the next day", "the second day"). */
function relativePatterns(lex: Lexicon, { flags, firstWords }: Parts): Pattern[] {
  const patterns: Pattern[] = [];
  const rel: Array<[string[], number]> = [
    [lex.dayAfterTomorrow, 2],
    [lex.dayBeforeYesterday, -2],
    [lex.tomorrow, 1],
    [lex.yesterday, -1],
    [lex.today, 0],
  ];
  // "two days ago", "tra tre giorni": a count of days from the report, in digits or the language's words.
  const countWords = Object.keys(lex.numbers).sort((a, b) => b.length - a.length);
  const count = `(\\d{1,2}|${countWords.join('|')})`;
  for (const [templates, sign] of [[lex.daysAgo, -1], [lex.daysAhead, 1]] as const) {
    if (!templates.length) continue;
    const src = templates.map((t) => t.split('N').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(count)).join('|');
    const build = (m: RegExpExecArray): Omit<DateMention, 'start' | 'end'> | null => {
      const n = countWord(lex, m.slice(1).find((g) => g !== undefined) ?? '');
      return n ? { kind: 'relative', offset: sign * n } : null;
    };
    const re = new RegExp(`${PB}(?:${src})${NB}`, flags);
    const firsts = templates.map((t) => t.split(' ')[0]);
    if (firsts.includes('N')) {
      patterns.push({ re, starts: 'digit', build });
      patterns.push({ re, starts: new Set(countWords), build });
    }
    const words = firsts.filter((w) => w !== 'N');
    if (words.length) patterns.push({ re, starts: new Set(words), build });
  }
  for (const [words, offset] of rel) {
    if (!words.length) continue;
    const re = new RegExp(`${firstLetters(words)}${PB}(?:${alt(words)})${NB}`, flags);
    patterns.push({ re, starts: firstWords(words), build: () => ({ kind: 'relative', offset }) });
  }
  const ana: Array<[string[], DateMention['anaphor']]> = [
    [lex.sameDay, 'same'],
    [lex.nextDay, 'next'],
    [lex.dayBefore, 'before'],
    [lex.firstDay, 'first'],
  ];
  // The n-th day of a stay: "the second day", "day two", "il terzo giorno", "la deuxième journée",
  // "am zweiten Tag", "el segundo día"; "the last day" is the stay's end.
  const ORD = ORDINAL_DAYS[lex.lang];
  if (ORD) {
    const words = Object.keys(ORD.ordinals);
    const ordAlt = alt(words);
    const dayAlt = alt(ORD.day);
    const re = ORD.numberAfter
      ? new RegExp(`${PB}(?:(?:${ordAlt})[\\s-]+(?:${dayAlt})|(?:${dayAlt})\\s+(${alt(Object.keys(ORD.numberAfter))}))${NB}`, flags)
      : new RegExp(`${PB}(?:${ordAlt})\\s+(?:${dayAlt})${NB}`, flags);
    const startSet = new Set([...words.map((w) => w.split(' ')[0]), ...(ORD.numberAfter ? ORD.day : [])]);
    patterns.push({
      starts: startSet,
      re: new RegExp(`${firstLetters(startSet)}${re.source}`, flags),
      build: (m) => {
        const text = m[0];
        let n: number | undefined;
        if (m[1] && ORD.numberAfter) n = ORD.numberAfter[m[1]];
        else for (const w of words) if (text.startsWith(w)) n = ORD.ordinals[w];
        if (n === undefined) return null;
        return n === 1 ? { kind: 'anaphor', anaphor: 'first' } : { kind: 'anaphor', anaphor: 'nth', nth: n };
      },
    });
  }
  for (const [words, anaphor] of ana) {
    if (!words.length) continue;
    patterns.push({ re: new RegExp(`${firstLetters(words)}${PB}(?:${alt(words)})${NB}`, flags), starts: firstWords(words), build: () => ({ kind: 'anaphor', anaphor }) });
  }

  return patterns;
}

/** Times of day, by language. */
function timePatterns(lex: Lexicon): RegExp[] {
  const tflags = 'gu';
  const time: RegExp[] = [];
  const H = '(\\d{1,2})';
  if (lex.lang === 'en') time.push(new RegExp(`${PB}${H}(?:[:.](\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)(?![\\p{L}])`, tflags));
  if (lex.lang === 'it') time.push(new RegExp(`${PB}(?:alle|all'|ore)\\s*(?:ore\\s+)?${H}(?:[.:,](\\d{2}))?${NB}(?!\\s*(?:anni|giorni|%|milion|miliard|paesi|per\\s*cento))`, tflags));
  if (lex.lang === 'fr') time.push(new RegExp(`${PB}${H}\\s*h(?:eures?)?(?:\\s*(\\d{2}))?${NB}`, tflags));
  if (lex.lang === 'de') time.push(new RegExp(`${PB}${H}(?:[.:](\\d{2}))?\\s*uhr${NB}`, tflags));
  if (lex.lang === 'es') {
    time.push(new RegExp(`${PB}(?:a\\s+las?|desde\\s+las?)\\s+${H}(?:[.:](\\d{2}))?${NB}`, tflags));
    time.push(new RegExp(`${PB}${H}[.:](\\d{2})\\s*(?:horas|hora|h|hs)${NB}`, tflags));
  }
  time.push(new RegExp(`${PB}${H}:(\\d{2})${NB}`, tflags));
  return time;
}

const ORDINAL_DAYS: Partial<Record<string, { ordinals: Record<string, number>; day: string[]; numberAfter?: Record<string, number> }>> = {
  en: {
    ordinals: { second: 2, third: 3, fourth: 4, fifth: 5, '2nd': 2, '3rd': 3, '4th': 4, final: -1, last: -1, closing: -1 },
    day: ['day'],
    numberAfter: { two: 2, three: 3, four: 4, five: 5, '2': 2, '3': 3, '4': 4, '5': 5 },
  },
  it: { ordinals: { secondo: 2, seconda: 2, terzo: 3, terza: 3, quarto: 4, quarta: 4, ultimo: -1, ultima: -1 }, day: ['giorno', 'giornata'] },
  fr: { ordinals: { deuxieme: 2, second: 2, seconde: 2, troisieme: 3, quatrieme: 4, dernier: -1, derniere: -1 }, day: ['jour', 'journee'] },
  de: { ordinals: { zweiten: 2, dritten: 3, vierten: 4, letzten: -1 }, day: ['tag'] },
  es: { ordinals: { segundo: 2, segunda: 2, tercer: 3, tercero: 3, tercera: 3, cuarto: 4, cuarta: 4, ultimo: -1, ultima: -1 }, day: ['dia', 'jornada'] },
};

export function grammarFor(lex: Lexicon): Grammar {
  let g = grammars.get(lex.lang);
  if (!g) {
    g = buildGrammar(lex);
    grammars.set(lex.lang, g);
  }
  return g;
}

function validDay(d: number | undefined): boolean {
  return d === undefined || (d >= 1 && d <= 31);
}

/** All date mentions, earliest first; where two overlap the longer (earlier pattern) wins. */
export function findDates(folded: string, lex: Lexicon): DateMention[] {
  const g = grammarFor(lex);
  const found: DateMention[] = [];
  // Where matches can start: numbers and words, one scan.
  const digits: number[] = [];
  const wordPositions = new Map<string, number[]>();
  const WORD_RE = /[\p{L}\p{N}]+/gu;
  let w: RegExpExecArray | null;
  while ((w = WORD_RE.exec(folded)) !== null) {
    const c = w[0].charCodeAt(0);
    if (c >= 48 && c <= 57) digits.push(w.index);
    else if (g.startWords.has(w[0])) (wordPositions.get(w[0]) ?? wordPositions.set(w[0], []).get(w[0])!).push(w.index);
  }
  for (const p of g.patterns) {
    let starts: number[];
    if (p.starts === 'digit') starts = digits;
    else {
      starts = [];
      for (const word of p.starts) {
        const ps = wordPositions.get(word);
        if (ps) for (const x of ps) starts.push(x);
      }
      if (starts.length > 1) starts.sort((a, b) => a - b);
    }
    let after = 0;
    for (const pos of starts) {
      if (pos < after) continue;
      p.re.lastIndex = pos;
      const m = p.re.exec(folded);
      if (!m || m[0].length === 0) continue;
      after = m.index + m[0].length;
      const parts = p.build(m);
      if (!parts || !validDay(parts.d1) || !validDay(parts.d2)) continue;
      // Leading/trailing spaces from optional groups are not part of the mention.
      let start = m.index;
      let end = m.index + m[0].length;
      while (start < end && /\s/.test(folded[start])) start++;
      while (end > start && /\s/.test(folded[end - 1])) end--;
      // A full stop after the last day ends the sentence; it is not an ordinal dot.
      if (folded[end - 1] === '.' && (end >= folded.length || /\s/.test(folded[end]))) end--;
      if ((parts.kind === 'date' || parts.kind === 'range') && parts.wd1 === undefined) {
        // "lunedì 23 marzo", "el martes 14 de abril": a weekday just before the day belongs to it.
        const back = /([\p{L}]+),?\s+$/u.exec(folded.slice(Math.max(0, start - 14), start));
        if (back && lex.weekdays[back[1]] !== undefined) {
          parts.wd1 = lex.weekdays[back[1]];
          start -= back[0].length;
        }
      }
      if (parts.kind === 'anaphor' && /^\s+(?:of|des|der|del|dello|della|dell'|de la|de l'|du|di|de)(?:\s|')/.test(folded.slice(end, end + 8))) parts.eventRelative = true;
      found.push({ start, end, ...parts });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: DateMention[] = [];
  for (const d of found) {
    const last = kept[kept.length - 1];
    if (last && d.start < last.end) {
      // "il 27 luglio scorso": the full date beats the bare "il 27" that starts earlier.
      if (d.end - d.start > last.end - last.start) kept[kept.length - 1] = d;
      continue;
    }
    kept.push(d);
  }
  return kept;
}

const FOREIGN_ZONE = /^\s*(?:gmt|utc|cet|cest|mez|mesz|ora italiana|in italia|heure de paris|a paris|hora peninsular|hora de espana|italian time|uk time|bst|est|edt|pt|et\b)/;

export function findTimes(folded: string, lex: Lexicon): TimeMention[] {
  const g = grammarFor(lex);
  const out: TimeMention[] = [];
  for (const re of g.time) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(folded)) !== null) {
      let hour = Number(m[1]);
      const minute = m[2] ? Number(m[2]) : 0;
      const ampm = m[3];
      if (ampm) {
        if (ampm.startsWith('p') && hour < 12) hour += 12;
        if (ampm.startsWith('a') && hour === 12) hour = 0;
      }
      if (hour > 23 || minute > 59) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      if (out.some((t) => start < t.end && end > t.start)) continue;
      const after = folded.slice(end, end + 30);
      const foreign = FOREIGN_ZONE.test(after) || insideParentheses(folded, start);
      const zm = /^\s+([a-z][a-z .'-]{2,20}?)\s+time\b/.exec(after);
      out.push({ start, end, hour, minute, foreign, zoneCity: zm ? zm[1] : undefined });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function insideParentheses(folded: string, pos: number): boolean {
  const open = folded.lastIndexOf('(', pos);
  if (open < 0 || pos - open > 60) return false;
  const close = folded.lastIndexOf(')', pos);
  return close < open;
}
