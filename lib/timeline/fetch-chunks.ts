import { DAY_MS, localDayToMs, msToLocalDay, type ViewRange } from './view-range';

/** One request's worth of time: whole calendar months, so panning reuses what was fetched. */
export interface FetchChunk {
  from: string;
  to: string;
}

/**
 * Always calendar months, whatever the zoom: a year view asks for twelve of them, but zooming in
 * and out then reuses what is cached instead of switching to differently cut chunks.
 */
function monthsPerChunk(_range: ViewRange): number {
  return 1;
}

function chunkAt(year: number, month: number, size: number): { chunk: FetchChunk; next: [number, number] } {
  const first = new Date(year, month, 1);
  const last = new Date(year, month + size, 0);
  return {
    chunk: { from: msToLocalDay(first.getTime()), to: msToLocalDay(last.getTime()) },
    next: [new Date(year, month + size, 1).getFullYear(), new Date(year, month + size, 1).getMonth()],
  };
}

/**
 * The chunks that cover a range. Aligned to the calendar (not to the view), so a pan asks only
 * for the new edge.
 */
export function chunksForRange(range: ViewRange): FetchChunk[] {
  const size = monthsPerChunk(range);
  const start = new Date(range.start);
  let year = start.getFullYear();
  let month = Math.floor(start.getMonth() / size) * size;
  const chunks: FetchChunk[] = [];
  const lastDay = msToLocalDay(Math.max(range.start, range.end - 1));
  for (let i = 0; i < 60; i++) {
    const { chunk, next } = chunkAt(year, month, size);
    chunks.push(chunk);
    if (chunk.to >= lastDay) break;
    [year, month] = next;
  }
  return chunks;
}

function chunkContaining(instant: number, size: number): FetchChunk {
  const d = new Date(instant);
  return chunkAt(d.getFullYear(), Math.floor(d.getMonth() / size) * size, size).chunk;
}

/** The chunk before and the chunk after: fetched ahead so the next pan finds its data cached. */
export function neighbourChunks(range: ViewRange): FetchChunk[] {
  const inside = chunksForRange(range);
  const size = monthsPerChunk(range);
  return [
    chunkContaining(localDayToMs(inside[0].from) - DAY_MS / 2, size),
    chunkContaining(localDayToMs(inside[inside.length - 1].to) + DAY_MS * 1.5, size),
  ];
}

/**
 * The `depth` chunks before and after a range, nearest first on each side. Prefetching two keeps
 * a pan that leaves the held months from waiting on the network: re-centring the held months
 * around the view can take in two new months at its leading edge.
 */
export function chunksAround(range: ViewRange, depth: number): FetchChunk[] {
  const out: FetchChunk[] = [];
  let outer = range;
  for (let i = 0; i < depth; i++) {
    const [before, after] = neighbourChunks(outer);
    out.push(before, after);
    outer = { start: localDayToMs(before.from), end: localDayToMs(after.to) + DAY_MS };
  }
  return out;
}
