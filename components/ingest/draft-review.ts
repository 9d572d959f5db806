import type { DraftEvent } from '@/lib/events/event-record';
import type { EventJson } from '@/lib/events/event-json';
import { MERGEABLE_FIELDS, type MergeableField } from '@/lib/events/ingest-schema';
import type { DuplicateCandidateJson } from '@/lib/client/api-client';
import { saveCountsInWords } from '@/lib/events/save-summary';

export type DraftAction = 'create' | 'merge' | 'skip';

export interface DraftReview {
  draft: DraftEvent;
  action: DraftAction;
  candidates: DuplicateCandidateJson[];
  mergeTargetId: number | null;
  /** fields the analyst chose to take from the draft when merging */
  confirmedFields: MergeableField[];
}

// A likely duplicate is offered as a merge; the analyst still sees and can change the choice.
const MERGE_BY_DEFAULT_SCORE = 0.5;

export function startReview(draft: DraftEvent, candidates: DuplicateCandidateJson[]): DraftReview {
  const best = candidates[0];
  const merge = best && best.score >= MERGE_BY_DEFAULT_SCORE;
  return { draft, action: merge ? 'merge' : 'create', candidates, mergeTargetId: best ? best.event.id : null, confirmedFields: [] };
}

function show(field: MergeableField, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(none)';
  if (field === 'location' && typeof value === 'object') {
    const location = value as { city?: string | null; country?: string | null };
    return [location.city, location.country].filter(Boolean).join(', ') || '(none)';
  }
  return String(value);
}

/** The saved event's fields that the draft would change, shown before anything is overwritten. */
export function diffDraftAgainst(draft: DraftEvent, saved: EventJson): Array<{ field: MergeableField; saved: string; draft: string }> {
  const savedValues: Record<MergeableField, unknown> = {
    title: saved.title,
    status: saved.status,
    certainty: saved.certainty,
    start: saved.start,
    end: saved.end,
    timezone: saved.timezone,
    location: saved.location,
  };
  const draftValues: Record<MergeableField, unknown> = {
    title: draft.title,
    status: draft.status,
    certainty: draft.certainty ?? 'confirmed',
    start: draft.start,
    end: draft.end ?? draft.start,
    timezone: draft.timezone,
    location: draft.location,
  };
  return MERGEABLE_FIELDS.map((field) => ({ field, saved: show(field, savedValues[field]), draft: show(field, draftValues[field]) })).filter(
    (row) => row.draft !== '(none)' && !((row.field === 'start' || row.field === 'end') ? sameTiming(row.saved, row.draft) : row.saved.toLowerCase() === row.draft.toLowerCase()),
  );
}

/**
 * Two starts or ends say the same when their instants agree ("…T18:00:00+01:00" and
 * "…T17:00:00Z"), or, when either gives only a day, when their days agree: an article that names
 * the day of a saved timed event does not contradict its hour.
 */
export function sameTiming(a: string, b: string): boolean {
  if (a === b) return true;
  const timed = (v: string) => v.includes('T');
  if (timed(a) && timed(b)) return Date.parse(a) === Date.parse(b);
  return a.slice(0, 10) === b.slice(0, 10);
}

const HOLDERS = new Set(['visit', 'summit', 'conference']);

/**
 * Drafts of this batch a draft can be part of: the visits, summits and conferences not skipped, for
 * a meeting, call or other event (a visit or summit holds others, it is not held).
 */
export function parentChoices(reviews: DraftReview[], draftId: string): Array<{ id: string; title: string }> {
  const own = reviews.find((r) => r.draft.id === draftId);
  if (!own || HOLDERS.has(own.draft.kind)) return [];
  return reviews
    .filter((r) => r.draft.id !== draftId && r.action !== 'skip' && HOLDERS.has(r.draft.kind))
    .map((r) => ({ id: r.draft.id, title: r.draft.title }));
}

/** People in the draft that the saved event does not list yet: merging adds them. */
export function newParticipants(draft: DraftEvent, saved: EventJson): string[] {
  const known = new Set(saved.participants.map((p) => p.name.toLowerCase()));
  return draft.participants.map((p) => p.name).filter((name) => !known.has(name.toLowerCase()));
}

/**
 * The drafts to save, with the parent cleared on any whose parent the analyst skipped: the server
 * refuses a reference to a draft it is not given, and the card says the draft will stand alone.
 */
export function detachSkippedParents(reviews: DraftReview[]): DraftReview[] {
  const skipped = new Set(reviews.filter((review) => review.action === 'skip').map((review) => review.draft.id));
  return reviews.map((review) => (review.draft.parent && skipped.has(review.draft.parent) ? { ...review, draft: { ...review.draft, parent: null } } : review));
}

/** The title of a draft's parent when the analyst skips that parent, for the card to say so. */
export function findSkippedParentTitle(reviews: DraftReview[], review: DraftReview): string | null {
  const parent = review.draft.parent ? reviews.find((other) => other.draft.id === review.draft.parent) : undefined;
  return parent?.action === 'skip' ? parent.draft.title : null;
}

/** "Save 2 new events and 2 merges": what the button will do, not a count that hides the merges. */
export function saveButtonLabel(reviews: DraftReview[]): string {
  const words = saveCountsInWords(reviews.filter((r) => r.action === 'create').length, reviews.filter((r) => r.action === 'merge').length);
  return words ? `Save ${words}` : 'Nothing to save';
}
