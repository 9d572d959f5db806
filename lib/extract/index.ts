/**
 * Article text -> draft events (FORMAT.md). Pure: no I/O, no clock; the caller passes the
 * publication date that relative dates resolve against.
 */
import type { DateTime } from 'luxon';
import { makeDay, toIsoDay } from './dates/resolve-dates';
import type { ExtractionResult } from '../events/event-record';
import { getLexicon, LANGS, type Lang } from './lexicon';
import { detectLanguage } from './language/detect-language';
import { getGazetteer, type GazetteerPerson } from './people/gazetteer';
import { analyzeText } from './structure/analyze-text';
import { SegmentReader } from './structure/read-segments';
import { buildEvents } from './structure/build-events';

export type { GazetteerPerson } from './people/gazetteer';

export interface ExtractOptions {
  /** YYYY-MM-DD: the day relative dates ("tomorrow", "next Tuesday") count from */
  published?: string | null;
  /** ISO 639-1 (en, it, fr, de, es); detected when absent */
  language?: string | null;
  /** extra people (e.g. from the database) merged with the built-in gazetteer */
  gazetteer?: GazetteerPerson[];
}

function parsePublished(value: string | null | undefined): DateTime | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!m) return null;
  return makeDay(+m[1], +m[2], +m[3]);
}

/** Like extractEvents, but lets a failure of the rules surface (for tests and debugging). */
export function extractEventsOrThrow(text: string, options: ExtractOptions = {}): ExtractionResult {
  return runExtraction(text, options, true);
}

export function extractEvents(text: string, options: ExtractOptions = {}): ExtractionResult {
  return runExtraction(text, options, false);
}

function runExtraction(text: string, options: ExtractOptions, rethrow: boolean): ExtractionResult {
  const input = typeof text === 'string' ? text : '';
  const langOpt = typeof options.language === 'string' ? options.language.toLowerCase().slice(0, 2) : null;
  const lang: Lang = langOpt && (LANGS as readonly string[]).includes(langOpt) ? (langOpt as Lang) : detectLanguage(input);
  const published = parsePublished(options.published);
  const result: ExtractionResult = { language: lang, published: published ? toIsoDay(published) : null, events: [] };
  if (!input.trim()) return result;
  try {
    const analysis = analyzeText(input, getLexicon(lang), published, getGazetteer(options.gazetteer));
    if (!published && analysis.reference) result.published = toIsoDay(analysis.reference);
    const atoms = new SegmentReader(analysis).readAll();
    result.events = buildEvents(analysis, atoms);
  } catch (err) {
    // Last line of defence for callers (API, CLI): a text the rules cannot read yields no drafts,
    // never an exception. The property tests use extractEventsOrThrow so bugs still show.
    if (rethrow) throw err;
    result.events = [];
  }
  return result;
}
