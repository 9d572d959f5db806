/**
 * Lane layout: which row each event takes inside its lane so that no two overlap, with visits
 * taking several rows (their meetings stacked inside them). Pure and independent of pixels except
 * through `minDurationMs`, the time a label needs at the current zoom: two events closer than that
 * would overlap on screen, so they are stacked as if they lasted that long.
 */

export interface Interval {
  start: number;
  end: number;
  /** rows it occupies (1 for a plain event) */
  height?: number;
}

/**
 * Greedy first-fit stacking in start order: each interval goes to the lowest row where it, with
 * all the rows its height needs, is free. Returns the row per interval, in the input's order.
 * Ties in start put the longer interval first, so a visit sits above the meetings it contains.
 */
export function stackIntervals(intervals: readonly Interval[], minDurationMs = 0): { rows: number[]; rowCount: number } {
  const order = intervals.map((_, index) => index);
  order.sort((a, b) => intervals[a].start - intervals[b].start || intervals[b].end - intervals[a].end || a - b);
  const rowEnds: number[] = [];
  const rows = new Array<number>(intervals.length);
  for (const index of order) {
    const { start, end } = intervals[index];
    const height = Math.max(1, intervals[index].height ?? 1);
    const visualEnd = Math.max(end, start + minDurationMs);
    let row = 0;
    for (;;) {
      let free = true;
      for (let r = row; r < row + height; r++) {
        if (r < rowEnds.length && rowEnds[r] > start) {
          free = false;
          row = r + 1;
          break;
        }
      }
      if (free) break;
    }
    for (let r = row; r < row + height; r++) rowEnds[r] = visualEnd;
    rows[index] = row;
  }
  return { rows, rowCount: rowEnds.length };
}

export interface LayoutInput<T> {
  value: T;
  start: number;
  end: number;
  /** extra rows below the label row that the item needs whatever its children (a summit's attendees) */
  extraRows?: number;
  children?: Array<{ value: T; start: number; end: number }>;
}

export interface PlacedChild<T> {
  value: T;
  start: number;
  end: number;
  /** row inside the parent, below its label row(s), from 0 */
  row: number;
}

export interface PlacedItem<T> {
  value: T;
  start: number;
  end: number;
  /** end as drawn (at least the label's width) */
  visualEnd: number;
  row: number;
  rows: number;
  children: Array<PlacedChild<T>>;
}

export interface LaneLayout<T> {
  /** sorted by start */
  items: Array<PlacedItem<T>>;
  /** running maximum of visualEnd over `items`, for finding the visible ones by binary search */
  maxEndPrefix: number[];
  rowCount: number;
}

export function layoutLane<T>(inputs: ReadonlyArray<LayoutInput<T>>, minDurationMs: number): LaneLayout<T> {
  const prepared = inputs.map((input) => {
    const children = input.children ?? [];
    const inner = stackIntervals(children, minDurationMs);
    const childRows = children.length ? inner.rowCount : 0;
    const rows = 1 + Math.max(childRows, input.extraRows ?? 0);
    const childEnd = children.reduce((max, c) => Math.max(max, Math.max(c.end, c.start + minDurationMs)), -Infinity);
    const visualEnd = Math.max(input.end, input.start + minDurationMs, childEnd);
    return {
      input,
      rows,
      visualEnd,
      children: children.map((child, i) => ({ value: child.value, start: child.start, end: child.end, row: inner.rows[i] })),
    };
  });
  // Stack with the visual end (already widened to the label), so no extra minimum here.
  const { rows, rowCount } = stackIntervals(prepared.map((p) => ({ start: p.input.start, end: p.visualEnd, height: p.rows })));
  const items: Array<PlacedItem<unknown>> = prepared.map((p, i) => ({
    value: p.input.value,
    start: p.input.start,
    end: p.input.end,
    visualEnd: p.visualEnd,
    row: rows[i],
    rows: p.rows,
    children: p.children,
  }));
  items.sort((a, b) => a.start - b.start || a.row - b.row);
  const maxEndPrefix = new Array<number>(items.length);
  let max = -Infinity;
  for (let i = 0; i < items.length; i++) {
    max = Math.max(max, items[i].visualEnd);
    maxEndPrefix[i] = max;
  }
  return { items: items as Array<PlacedItem<T>>, maxEndPrefix, rowCount: Math.max(1, rowCount) };
}

/**
 * The items of a laid-out lane that show between `from` and `to`, in start order, found by two
 * binary searches: the cost of a pan step follows what is on screen, not what is loaded.
 */
export function visibleItems<T>(layout: LaneLayout<T>, from: number, to: number): Array<PlacedItem<T>> {
  const { items, maxEndPrefix } = layout;
  // first index whose running max end passes `from`: nothing before it can be visible
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (maxEndPrefix[mid] > from) hi = mid;
    else lo = mid + 1;
  }
  const first = lo;
  // first index starting at or after `to`: nothing from it on is visible
  lo = first;
  hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid].start < to) lo = mid + 1;
    else hi = mid;
  }
  const out: Array<PlacedItem<T>> = [];
  for (let i = first; i < lo; i++) if (items[i].visualEnd > from) out.push(items[i]);
  return out;
}
