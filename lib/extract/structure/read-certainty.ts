import type { EventCertainty, EventStatus } from '../../events/event-record';
import type { Segment, SentenceInfo } from './analysis';

/**
 * How certain the text makes an event, from the clause that tells it (issue 16): told on others'
 * word anywhere in its sentence ("according to diplomatic sources", "secondo fonti", "angeblich")
 * is unconfirmed, whether it happened or is to come; announced but not confirmed by the hosts in
 * its clause or one before it in the sentence ("is expected to", "dovrebbe", "soll", "se espera
 * que") is expected while it is still to come ("Macron arrived on Monday and is expected to meet
 * Meloni" leaves the arrival confirmed). Everything else is confirmed.
 */
export function readCertainty(told: { seg: Segment; sentence: SentenceInfo } | undefined, status: EventStatus): EventCertainty {
  if (!told) return 'confirmed';
  const clauses = told.sentence.segments;
  if (clauses.some((seg) => seg.triggers.has('reported'))) return 'unconfirmed';
  if (status === 'held') return 'confirmed';
  if (clauses.some((seg) => seg.start <= told.seg.start && seg.triggers.has('expected'))) return 'expected';
  return 'confirmed';
}
