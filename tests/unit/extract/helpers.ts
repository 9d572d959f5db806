import { DateTime } from 'luxon';
import { extractEvents } from '../../../lib/extract';
import type { DraftEvent } from '../../../lib/events/event-record';
import { getLexicon, type Lang } from '../../../lib/extract/lexicon';
import { analyzeText } from '../../../lib/extract/structure/analyze-text';
import { getGazetteer } from '../../../lib/extract/people/gazetteer';

/** Resolved dates of a text as "mention=YYYY-MM-DD[..YYYY-MM-DD]". */
export function datesOf(text: string, lang: Lang, published: string): string[] {
  const a = analyzeText(text, getLexicon(lang), DateTime.fromISO(published, { zone: 'UTC' }), getGazetteer());
  const out: string[] = [];
  for (const s of a.sentences)
    for (const seg of s.segments)
      for (const d of seg.dates) {
        const start = d.range.start.toISODate();
        const end = d.range.end.toISODate();
        out.push(`${text.slice(d.mention.start, d.mention.end)}=${start}${end !== start ? '..' + end : ''}`);
      }
  return out;
}

/** People the text names, canonical names in order of first mention. */
export function peopleOf(text: string, lang: Lang, published = '2026-03-01'): string[] {
  const a = analyzeText(text, getLexicon(lang), DateTime.fromISO(published, { zone: 'UTC' }), getGazetteer());
  const seen: string[] = [];
  for (const s of a.sentences) for (const seg of s.segments) for (const p of seg.persons) if (!seen.includes(p.person.name)) seen.push(p.person.name);
  return seen;
}

/** One line per event: kind start..end place status names. */
export function summarize(events: DraftEvent[]): string[] {
  return events.map((e) => {
    const place = e.location?.city ?? e.location?.country ?? '-';
    const names = e.participants.map((p) => p.name).sort().join(' + ');
    return `${e.kind} ${e.start?.slice(0, 10)}..${e.end?.slice(0, 10)} ${place} ${e.status} ${names}`;
  });
}

export function run(text: string, published: string, language?: Lang): string[] {
  return summarize(extractEvents(text, { published, language }).events);
}

export { extractEvents };
