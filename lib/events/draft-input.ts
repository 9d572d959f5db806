import type { EventInput } from './event-input-schema';
import { isPlainObject } from '../http/json-responses';

export interface BatchItem {
  ref?: string;
  parentRef?: string | null;
  input: EventInput;
}

/**
 * Accepts an extractor draft as is: FORMAT.md's `parent` is a draft id within the batch (string)
 * or a saved event's id (number), and its `evidence` becomes the spans of the batch's source.
 */
export function readDraft(item: unknown, source: Record<string, unknown> | null): BatchItem {
  if (!isPlainObject(item)) return { input: item as EventInput };
  const { id, parent, evidence, ...rest } = item;
  const input = { ...rest } as Record<string, unknown>;
  if (typeof parent === 'number' && input.parentId === undefined) input.parentId = parent;
  if (source) {
    const spans = Array.isArray(evidence) ? evidence : [];
    const sources = Array.isArray(input.sources) ? input.sources : [];
    input.sources = [...sources, { ...source, evidence: spans }];
  }
  return {
    ref: typeof id === 'string' ? id : undefined,
    parentRef: typeof parent === 'string' ? parent : null,
    input: input as EventInput,
  };
}
