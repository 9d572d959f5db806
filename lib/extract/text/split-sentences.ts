/**
 * Paragraphs and sentences with offsets. Headlines and datelines are marked, not dropped:
 * they name people but restate (or mis-date) the events the body gives.
 */
export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
  /** a headline or a standalone date line: used for names only */
  header: boolean;
}

export interface SentenceLayout {
  sentences: Sentence[];
  /** spans (dateline "Rome, 3 April (ANSA) -") whose dates and places are not event facts */
  datelines: Array<{ start: number; end: number }>;
}

const ABBREVIATIONS = new Set(['mr', 'ms', 'mrs', 'dr', 'mm', 'mlle', 'mmes', 'hr', 'fr', 'st', 'jr', 'sr', 'sra', 'gen', 'col', 'lt', 'no', 'nr', 'vs', 'etc', 'feb', 'jan', 'aug', 'sept', 'oct', 'nov', 'dec', 'apr', 'm', 'mme', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'bzw', 'ca', 'dott', 'sig', 'on', 'prof', 'z.b', 'sen', 'rep', 'gov']);
/** closing quotes and brackets after a final stop: English ” ’, German “ ‘ (after „ ‚), French » › */
const CLOSERS = `"'»”“’‘›)\\]`;
const SENTENCE_END = new RegExp(`[.!?…][${CLOSERS}]*$`);
/** A dateline on a line of its own: "MADRID, 12 (EUROPA PRESS)", "Lima, 12 mar (EFE)", "BRUXELLES, 3 avril 2026 (AFP)". */
const DATELINE_LINE = /^\p{Lu}[\p{L} .'’-]{1,40},\s*\d{1,2}\.?(?:\s+\p{L}{3,10}\.?)?(?:\s+\d{4})?\s*\([\p{L} .-]{2,25}\)\s*[-–—.]*\s*$/u;
const DATELINE_RE = /^[^\n]{0,110}?(?:\s[-–—]{1,2}\s|\)\.?\s?[-–—]\s?|\.-\s)/;
const GERMAN_MONTH = /^(?:januar|jänner|jaenner|februar|feber|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez)\b/i;
const UPPER_START = /^[\s"«“'(*_]*[\p{Lu}\d¡¿"«“]/u;
const CLOSER_OR_STAR = new RegExp(`[${CLOSERS}*]`);
const MAX_SENTENCE = 2000;
/** a line of a bulleted list: "- ", "• ", "* ", "– " */
const BULLET_LINE = /^[ \t]*[-–•*·][ \t]/;
/** the longest item of a list of short lines ("Chile, Michelle Bachelet") */
const LIST_ITEM_MAX = 120;

/** Where the list under a colon line ending at `nl` ends: its last item line (blank lines between items allowed). */
function listEnd(text: string, nl: number): number {
  let end = nl;
  let from = nl;
  while (from < text.length) {
    let lineStart = from + 1;
    while (lineStart < text.length && text[lineStart] === '\n') lineStart++;
    const next = text.indexOf('\n', lineStart);
    const lineEnd = next < 0 ? text.length : next;
    const line = text.slice(lineStart, lineEnd);
    // A short line with a final stop is the list's last item ("Le Béninois Patrice Talon.").
    const last = end > nl && line.trim().length <= LIST_ITEM_MAX && SENTENCE_END.test(line.trim());
    if (lineStart >= text.length || (!isListLine(line) && !last)) break;
    end = from = lineEnd;
    if (last) break;
  }
  return end;
}

/** A line of a list under a colon: bulleted, or short with no final stop and no colon of its own. */
function isListLine(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  return BULLET_LINE.test(line) || (t.length <= LIST_ITEM_MAX && !SENTENCE_END.test(t) && !t.endsWith(':'));
}
/** the longest headline: a longer line without a final stop is a sentence cut short */
const HEADLINE_MAX = 150;
/** how far short of the wrap width a wrapped line may end (the next word did not fit) */
const WRAP_SLACK = 15;

/**
 * The column a hard-wrapped text (old wire copy, e-mail) breaks its lines at, or Infinity: most
 * lines end within a few characters of the same short width.
 */
export function wrapWidth(text: string): number {
  const lengths = text.split('\n').map((l) => l.trimEnd().length).filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length < 4) return Infinity;
  const width = lengths[Math.floor(lengths.length * 0.9)];
  const full = lengths.filter((n) => n >= width - WRAP_SLACK && n <= width).length;
  return width <= 100 && full * 2 >= lengths.length ? width : Infinity;
}

export function splitSentences(text: string): SentenceLayout {
  const sentences: Sentence[] = [];
  const datelines: Array<{ start: number; end: number }> = [];
  const width = wrapWidth(text);
  // A line of a hard-wrapped paragraph: full to the wrap width, or without a final stop while the
  // next line goes on in lower case.
  const wraps = (line: string, next: string) =>
    /^[ \t]*\S/.test(next) && (line.trimEnd().length >= width - WRAP_SLACK || (!SENTENCE_END.test(line.trimEnd()) && /^[ \t]*\p{Ll}/u.test(next)));
  let paragraph = 0;
  let pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    while (nl < text.length && wraps(text.slice(text.lastIndexOf('\n', nl - 1) + 1, nl), text.slice(nl + 1, nl + 40))) {
      const next = text.indexOf('\n', nl + 1);
      nl = next < 0 ? text.length : next;
    }
    // "Sont attendus :", "Los mandatarios confirmados son:" and the list lines under it (bulleted,
    // or short lines without a final stop) are one sentence: the list is what the line introduces.
    if (/:\s*$/.test(text.slice(pos, nl))) nl = listEnd(text, nl);
    const line = text.slice(pos, nl);
    const trimmed = line.replace(/^[\s#*_>]+/, '').replace(/[\s*_]+$/, '');
    if (trimmed.length > 0) {
      const lead = line.length - line.replace(/^[\s#*_>]+/, '').length;
      const lineStart = pos + lead;
      // Headlines and date lines carry no final full stop, and are short: a long line without one
      // is body cut short (an excerpt's last paragraph, a caption with its credit).
      const isHeader = !SENTENCE_END.test(trimmed) && trimmed.length <= HEADLINE_MAX;
      if (!isHeader) {
        const dl = DATELINE_RE.exec(trimmed);
        if (dl && /[\d(]/.test(dl[0]) && datelines.length < 3) datelines.push({ start: lineStart, end: lineStart + dl[0].length });
      } else if (DATELINE_LINE.test(trimmed) && datelines.length < 3) datelines.push({ start: lineStart, end: lineStart + trimmed.length });
      splitLine(text, lineStart, lineStart + trimmed.length, paragraph, isHeader, sentences);
      paragraph++;
    }
    pos = nl + 1;
  }
  // A text that is all "headline" (one line without a full stop) is body after all.
  if (sentences.length && sentences.every((s) => s.header)) for (const s of sentences) s.header = false;
  return { sentences, datelines };
}

function splitLine(text: string, from: number, to: number, paragraph: number, header: boolean, out: Sentence[]): void {
  let start = from;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    const tooLong = i - start > MAX_SENTENCE && (ch === ' ' || ch === ',');
    if (!tooLong && ch !== '.' && ch !== '!' && ch !== '?' && ch !== ';') continue;
    let j = i + 1;
    while (j < to && CLOSER_OR_STAR.test(text[j])) j++;
    if (!tooLong && j < to && !/\s/.test(text[j]) && !(ch === '.' && text[j] === '-') && !glued(text, i, j)) continue;
    if (!tooLong && ch === '.' && !isSentenceDot(text, i, j, to)) continue;
    if (ch === ';' && !tooLong) {
      // A semicolon splits clauses of one sentence; keep sentences whole but cut very long lists.
      continue;
    }
    out.push({ start, end: j, paragraph, header });
    start = j;
    while (start < to && /\s/.test(text[start])) start++;
    i = start - 1;
  }
  if (start < to) out.push({ start, end: to, paragraph, header });
}

/**
 * "di stato.Il leader russo", "ha detto Putin.\"Ciò suggerisce": a stop after a lower-case word
 * with the next sentence glued on (scraped pages lose the space), not "U.S.", "p.m." or a domain.
 */
function glued(text: string, stop: number, next: number): boolean {
  return /\p{Ll}{3}$/u.test(text.slice(stop - 3, stop)) && /^["«“„'‘]?\p{Lu}[\p{Ll}'’]/u.test(text.slice(next, next + 3));
}

function isSentenceDot(text: string, dot: number, after: number, to: number): boolean {
  // Word before the dot.
  let k = dot - 1;
  while (k >= 0 && /[\p{L}\d.]/u.test(text[k])) k--;
  const word = text.slice(k + 1, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  if (/^\p{Lu}$/u.test(text.slice(k + 1, dot))) return false; // initial: "S. Jaishankar", "M. Barrot"
  if (after >= to) return true;
  let n = after;
  while (n < to && /\s/.test(text[n])) n++;
  // A German ordinal day before its month ("am 21. Jänner", "24. und 25.08."), not "from 13 to 15. The".
  if (/^\d{1,2}$/.test(word) && (GERMAN_MONTH.test(text.slice(n, n + 10)) || !UPPER_START.test(text.slice(n, n + 3)))) return false;
  if (text[dot + 1] === '-') return true; // Spanish dateline "(EFE).- El ..."
  return UPPER_START.test(text.slice(n, n + 3));
}
