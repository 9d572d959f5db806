/**
 * An event word under negation: "did not meet", "non ha incontrato", "n'a pas rencontré", "no
 * viajó", "traf ihn nicht". FORMAT.md: an event presented as not happening is not returned.
 */
import type { Lang } from '../../lexicon';
import type { Segment, TriggerKind } from '../analysis';
import { hits } from './triggers';

/** A negation at most a word or two before the event word, not "not only" and its kin. */
const NEGATION_BEFORE: Record<Lang, RegExp> = {
  en: /(?:^|\s)(?:not|never|didn't|hasn't|haven't|hadn't|won't|wasn't|weren't|doesn't|don't)\s+(?!only|just|least|long)(?:\S+\s+){0,2}$/,
  it: /(?:^|\s)(?:non|mai)\s+(?!appena|solo|soltanto|soltanto|senza)(?:\S+\s+){0,2}$/,
  fr: /(?:^|\s)n(?:e\s+|')(?:\S+\s+){0,2}?(?:pas|jamais|plus|point)\s+(?!seulement|que)(?:\S+\s+)?$/,
  es: /(?:^|\s)(?:no|nunca|jamas)\s+(?!solo|solamente|obstante)(?:\S+\s+){0,2}$/,
  de: /(?:^|\s)(?:nicht|nie|niemals)\s+(?!nur|zum|erst)(?:(?!und|aber|sondern|oder)\S+\s+){0,3}$/,
};

/** German puts "nicht" after the finite verb: "traf Macron am Montag nicht", "ist nicht nach Paris gereist". */
const GERMAN_NICHT_AFTER = /^[^,;]*\s(?:nicht|nie|niemals)(?!\s+(?:nur|zum ersten|erst|mehr als|weniger|zuletzt|ohne))(?=\s|[.;]|$)/;

/**
 * Verbs of meeting, calling and travelling. Attending is left to the lexicon's `absent` words,
 * which take out the one person who stays away and keep the summit for the others.
 */
const NEGATABLE: TriggerKind[] = ['meet', 'receive', 'travel', 'arrive', 'call'];

/** "und nicht vom Bundeskanzler", "not the first meeting": a contrast or a count, not a denial. */
const NOT_A_DENIAL = /(?:^|\s)(?:und|oder|aber|and|but|e|ma|et|mais|y|pero)\s+(?:\S+\s+)?$/;
const FIRST_OR_ONLY = /^\s*(?:\S+\s+)?(?:first|only|erste[nrs]?|einzige[nrs]?|prim[oa]|unic[oa]|premier|premiere|seul|seule|primer|primera|unica)(?=\s|$)/;

export function negatedEvent(folded: string, seg: Segment, lang: Lang): boolean {
  return NEGATABLE.some((k) =>
    hits(seg, k).some((h) => {
      const from = Math.max(seg.start, h.start - 40);
      const before = NEGATION_BEFORE[lang].exec(folded.slice(from, h.start));
      if (before && isDenial(folded, from + before.index + before[0].length - before[0].trimStart().length)) return true;
      const after = lang === 'de' ? GERMAN_NICHT_AFTER.exec(folded.slice(h.end, seg.end)) : null;
      return !!after && isDenial(folded, h.end + after[0].length - after[0].trimStart().split(/\s+/).pop()!.length);
    }),
  );
}

/** The negation at `at` denies the event unless it is a contrast ("und nicht") or counts it ("not the first"). */
function isDenial(folded: string, at: number): boolean {
  const word = /\S+/.exec(folded.slice(at))?.[0] ?? '';
  return !NOT_A_DENIAL.test(folded.slice(Math.max(0, at - 20), at)) && !FIRST_OR_ONLY.test(folded.slice(at + word.length, at + word.length + 30));
}
