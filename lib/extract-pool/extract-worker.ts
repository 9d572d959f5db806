import { extractEvents } from '../extract';
import type { ExtractOptions } from '../extract';
import type { ExtractionResult } from '../events/event-record';

/** Runs in a worker thread (extract-pool.ts): extraction's CPU time never blocks the server's event loop. */
export default function runExtractionTask(task: { text: string; options: ExtractOptions }): ExtractionResult {
  return extractEvents(task.text, task.options);
}
