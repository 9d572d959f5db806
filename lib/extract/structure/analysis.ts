/**
 * What one pass over an article yields (analyze-text.ts): sentences split into clauses
 * ("segments"), and in each the people, places, resolved dates, times and trigger words. The
 * types live apart from the pass so that its helpers can use them without importing it.
 */
import type { DateTime } from 'luxon';
import type { Lexicon } from '../lexicon';
import type { Token } from '../text/tokenize';
import type { Sentence } from '../text/split-sentences';
import type { PhraseHit } from '../text/phrase-matcher';
import type { DateMention, TimeMention } from '../dates/find-dates';
import type { DayRange } from '../dates/resolve-dates';
import type { PlaceMention } from '../places/find-places';
import type { City } from '../places/place-types';
import type { Person, PersonMention } from '../people/find-people';
import type { Tense } from './detect-tense';

export type TriggerKind =
  | 'travel' | 'arrive' | 'returnHome' | 'onward' | 'meet' | 'receive' | 'separate' | 'joint' | 'call' | 'summit' | 'attend'
  | 'accompany' | 'speech' | 'cancel' | 'postpone' | 'denial' | 'absent' | 'sideline' | 'capital' | 'meetingAnaphor' | 'stay' | 'asPlanned' | 'latter' | 'copula' | 'expected' | 'reported' | 'stance' | 'topic' | 'ceremony';

export const TRIGGER_KINDS: TriggerKind[] = ['travel', 'arrive', 'returnHome', 'onward', 'meet', 'receive', 'separate', 'joint', 'call', 'summit', 'attend', 'accompany', 'speech', 'cancel', 'postpone', 'denial', 'absent', 'sideline', 'capital', 'meetingAnaphor', 'stay', 'asPlanned', 'latter', 'copula', 'expected', 'reported', 'stance', 'topic', 'ceremony'];

export interface DateHit {
  mention: DateMention;
  range: DayRange;
  /**
   * not the day of an event: the day something was said ("the ministry said Friday"), or of a
   * thing named with its date ("la cittadina distrutta dal sisma del 6 aprile")
   */
  report: boolean;
}

export interface Segment {
  start: number;
  end: number;
  sentence: number;
  persons: PersonMention[];
  places: PlaceMention[];
  dates: DateHit[];
  times: TimeMention[];
  triggers: Map<TriggerKind, PhraseHit[]>;
}

export interface SentenceInfo extends Sentence {
  index: number;
  tokens: Token[];
  segments: Segment[];
}

export interface Analysis {
  text: string;
  folded: string;
  lex: Lexicon;
  reference: DateTime | null;
  sentences: SentenceInfo[];
  persons: Person[];
  /** the city of the dateline ("Wien, 20. April (APA) -"), for seats several capitals share */
  datelineCity: City | null;
  tenseAt(pos: number, sentence: SentenceInfo): Tense;
}
