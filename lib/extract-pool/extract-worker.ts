import { setPriority } from 'node:os';
import { extractEvents } from '../extract';
import type { ExtractOptions, GazetteerPerson } from '../extract';
import type { ExtractionResult } from '../events/event-record';

/** Saved people for the gazetteer, serialised once on the main thread; `id` is the same for the same text. */
export interface SavedPeopleJson {
  id: number;
  json: string;
}

export interface ExtractionTask {
  text: string;
  options: Omit<ExtractOptions, 'gazetteer'>;
  savedPeople: SavedPeopleJson;
}

// Readers come first: on Linux a thread's nice value is its own, so this lowers only this worker
// thread, and when the cores are contended the main thread (every other request) gets the CPU.
// Nice 10, not 19: under other load an extraction still gets about a tenth of a core, not 1.5 %.
// (Elsewhere the call would lower the whole process, so it is made on Linux only.)
if (process.platform === 'linux') {
  try {
    setPriority(10);
  } catch {
    // not permitted: the thread keeps the process's priority
  }
}

// The people last parsed, kept while the main thread sends the same text: the extractor indexes
// the same array once (lib/extract/people/gazetteer.ts), not on every article.
let saved: { id: number; people: GazetteerPerson[] } | null = null;

/** Runs in a worker thread (extract-pool.ts): extraction's CPU time never blocks the server's event loop. */
export default function runExtractionTask(task: ExtractionTask): ExtractionResult {
  if (saved?.id !== task.savedPeople.id) saved = { id: task.savedPeople.id, people: JSON.parse(task.savedPeople.json) as GazetteerPerson[] };
  return extractEvents(task.text, { ...task.options, gazetteer: saved.people });
}
