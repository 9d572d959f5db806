import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import type { ExtractOptions } from '../extract';
import type { ExtractionResult } from '../events/event-record';
import type { ExtractionTask, SavedPeopleJson } from './extract-worker';

/** Extraction is refused (503) rather than queued without end when this many wait for a thread. */
export const EXTRACTION_QUEUE_MAX = 32;

export class ExtractionBusyError extends Error {
  constructor() {
    super('The server is busy extracting other articles: try again in a few seconds');
  }
}

let pool: Piscina | null = null;

/**
 * Worker threads for extraction, made on first use: at most one fewer than the cores (and at least
 * one), so the main thread always has a core for readers. The worker is TypeScript, loaded with
 * tsx as the CLI and `npm start` are.
 */
function getPool(): Piscina {
  pool ??= new Piscina({
    filename: join(process.cwd(), 'lib', 'extract-pool', 'extract-worker.ts'),
    execArgv: ['--import', 'tsx'],
    minThreads: 1,
    maxThreads: Math.max(1, availableParallelism() - 1),
    maxQueue: EXTRACTION_QUEUE_MAX,
    // A thread idle for a minute is given back; the next extraction starts another.
    idleTimeout: 60_000,
  });
  return pool;
}

/**
 * extractEvents in a worker thread, with the saved people as a JSON text (see the worker);
 * ExtractionBusyError when the queue is full.
 */
export async function extractOffMainThread(text: string, options: Omit<ExtractOptions, 'gazetteer'>, savedPeople: SavedPeopleJson): Promise<ExtractionResult> {
  const workers = getPool();
  if (workers.queueSize >= EXTRACTION_QUEUE_MAX) throw new ExtractionBusyError();
  const task: ExtractionTask = { text, options, savedPeople };
  return (await workers.run(task)) as ExtractionResult;
}

/** Ends the worker threads (the next extraction starts new ones). */
export async function stopExtractionPool(): Promise<void> {
  const running = pool;
  pool = null;
  await running?.destroy();
}
