/** The event words a clause contains, by kind. */
import type { PhraseHit } from '../../text/phrase-matcher';
import type { Segment, TriggerKind } from '../analysis';

export function hits(seg: Segment, k: TriggerKind): PhraseHit[] {
  return seg.triggers.get(k) ?? [];
}

export function has(seg: Segment, k: TriggerKind): boolean {
  return seg.triggers.has(k);
}
