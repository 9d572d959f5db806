import type { BatchItem } from './draft-input';
import type { FieldErrors } from './field-errors';

/**
 * What a batch's `parent` references must be: the id of another draft in the same batch that is
 * itself top-level (a visit holds meetings; a meeting holds nothing). Broken references used to be
 * dropped silently; now each is refused with the field named (`events.3.parent`).
 */
export function checkBatchReferences(drafts: BatchItem[]): FieldErrors {
  const errors: FieldErrors = {};
  const indexByRef = new Map<string, number>();
  drafts.forEach((draft, index) => {
    if (!draft.ref) return;
    if (indexByRef.has(draft.ref)) errors[`events.${index}.id`] = [`Two drafts have the id "${draft.ref}": ids must be unique in a batch`];
    else indexByRef.set(draft.ref, index);
  });
  drafts.forEach((draft, index) => {
    if (!draft.parentRef) return;
    const parentIndex = indexByRef.get(draft.parentRef);
    if (parentIndex === undefined) {
      errors[`events.${index}.parent`] = [`No draft in this batch has the id "${draft.parentRef}"`];
    } else if (formsCycle(drafts, indexByRef, index)) {
      errors[`events.${index}.parent`] = ['Parent references form a cycle: a draft cannot be its own parent or ancestor'];
    } else if (drafts[parentIndex].parentRef || drafts[parentIndex].input.parentId) {
      errors[`events.${index}.parent`] = [`The parent "${draft.parentRef}" must be a top-level event such as a visit`];
    }
  });
  return errors;
}

function formsCycle(drafts: BatchItem[], indexByRef: Map<string, number>, start: number): boolean {
  const seen = new Set<number>([start]);
  let current = indexByRef.get(drafts[start].parentRef ?? '');
  while (current !== undefined) {
    if (seen.has(current)) return current === start;
    seen.add(current);
    current = indexByRef.get(drafts[current].parentRef ?? '');
  }
  return false;
}

/** Indexes of a checked batch, parents first, so a meeting may come before its visit. */
export function orderParentsFirst(drafts: BatchItem[]): number[] {
  const indexes = drafts.map((_, index) => index);
  return [...indexes.filter((i) => !drafts[i].parentRef), ...indexes.filter((i) => drafts[i].parentRef)];
}

/**
 * Evidence spans index the batch's source text; one that ends past it points at nothing and is
 * refused (`events.0.evidence.1.end`). Without a text there is nothing to check against.
 */
export function checkEvidenceWithinText(items: unknown[], text: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (typeof text !== 'string' || !text) return errors;
  items.forEach((item, index) => {
    const evidence = (item as { evidence?: unknown })?.evidence;
    if (!Array.isArray(evidence)) return;
    evidence.forEach((span, spanIndex) => {
      const end = (span as { end?: unknown })?.end;
      if (typeof end === 'number' && end > text.length) {
        errors[`events.${index}.evidence.${spanIndex}.end`] = [`Evidence ends at ${end}, past the end of the source text (${text.length} characters)`];
      }
    });
  });
  return errors;
}
