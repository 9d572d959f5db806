import type { EventRecord } from '../events/event-record';
import type { EventFilter } from '../events/event-filter';
import { groupEvents, type Grouping } from '../events/group-events';
import { slugify } from '../events/slug';
import { eventSpan } from './event-span';
import { layoutLane, type LaneLayout, type LayoutInput } from './lane-layout';

export interface TimelineLane<E extends EventRecord = EventRecord> {
  key: string;
  label: string;
  inputs: Array<LayoutInput<E>>;
  /** the lane's events and nesting as text: equal signatures lay out the same */
  signature: string;
}

// Spans are computed once per event object (the query cache keeps objects across pans).
const spans = new WeakMap<EventRecord, { start: number; end: number }>();
function spanOf(event: EventRecord): { start: number; end: number } {
  let span = spans.get(event);
  if (!span) {
    const computed = eventSpan(event);
    span = { start: computed.start, end: computed.end };
    spans.set(event, span);
  }
  return span;
}

/**
 * Lanes for the timeline: groupEvents' lanes (visits with their meetings nested) turned into
 * layout inputs. When the view is filtered to some people (countries, organisations) and grouped
 * the same way, only their lanes are drawn: the other participants of their meetings are context
 * in the details panel, not rows of their own.
 */
export function buildTimelineLanes<E extends EventRecord>(events: E[], grouping: Grouping, filter: EventFilter): Array<TimelineLane<E>> {
  const wanted =
    grouping === 'person' ? filter.person : grouping === 'country' ? filter.country : grouping === 'org' ? filter.org?.map(slugify) : undefined;
  const keep = wanted?.length ? new Set(wanted) : null;
  return groupEvents(events, grouping)
    .filter((lane) => !keep || keep.has(lane.key))
    .map((lane) => ({
      key: lane.key,
      label: lane.label,
      signature: lane.items.map(({ event, children }) => (children.length ? `${event.id}:${event.version}(${children.map((c) => `${c.id}:${c.version}`).join(',')})` : `${event.id}:${event.version}`)).join(' '),
      inputs: lane.items.map(({ event, children }) => {
        const span = spanOf(event);
        return {
          value: event,
          start: span.start,
          end: span.end,
          // a summit without its meetings in this lane lists its attendees on a second row
          extraRows: event.kind === 'summit' && children.length === 0 && event.participants.length > 1 ? 1 : 0,
          children: children.map((child) => {
            const childSpan = spanOf(child);
            return { value: child, start: childSpan.start, end: childSpan.end };
          }),
        };
      }),
    }));
}

type Span = { start: number; end: number };

/**
 * The lanes with something to draw between `start` and `end` (ms): a lane whose events all lie
 * outside the range is an empty row on screen. Kept in order; the same array when none is empty.
 */
export function lanesWithEventsIn<L extends { inputs: Array<Span & { children?: Span[] }> }>(lanes: L[], start: number, end: number): L[] {
  const overlaps = (x: Span) => x.start < end && x.end > start;
  const kept = lanes.filter((lane) => lane.inputs.some((input) => overlaps(input) || input.children?.some(overlaps)));
  return kept.length === lanes.length ? lanes : kept;
}

/**
 * The time a label needs at the current zoom, rounded up to a power of √2 so the layout is only
 * recomputed when the zoom crosses one of those steps, not on every wheel tick.
 */
export function labelDurationMs(pixelsPerMs: number, labelPx = 120): number {
  const raw = labelPx / Math.max(pixelsPerMs, 1e-12);
  const step = Math.ceil(Math.log2(raw) * 2) / 2;
  return Math.round(2 ** step);
}

/**
 * Lays out every lane, reusing the previous layout of a lane whose events did not change (same
 * signature, same label width). Panning into a new month then re-lays out only the lanes with
 * events there, and the lanes on screen that kept theirs are not re-rendered.
 */
export class LaneLayoutCache<E extends EventRecord = EventRecord> {
  /** per label width (zoom step), the last layout of each lane; a few steps are kept so zooming
   * back and forth reuses them */
  private byWidth = new Map<number, Map<string, { signature: string; layout: LaneLayout<E> }>>();

  layout(lanes: Array<TimelineLane<E>>, minDurationMs: number): Array<LaneLayout<E>> {
    const entries = this.byWidth.get(minDurationMs) ?? new Map<string, { signature: string; layout: LaneLayout<E> }>();
    const next = new Map<string, { signature: string; layout: LaneLayout<E> }>();
    const layouts = lanes.map((lane) => {
      const previous = entries.get(lane.key);
      const layout = previous && previous.signature === lane.signature ? previous.layout : layoutLane(lane.inputs, minDurationMs);
      next.set(lane.key, { signature: lane.signature, layout });
      return layout;
    });
    this.byWidth.delete(minDurationMs);
    this.byWidth.set(minDurationMs, next);
    while (this.byWidth.size > 4) this.byWidth.delete(this.byWidth.keys().next().value as number);
    return layouts;
  }
}

export function layoutLanes<E extends EventRecord>(lanes: Array<TimelineLane<E>>, minDurationMs: number): Array<LaneLayout<E>> {
  return lanes.map((lane) => layoutLane(lane.inputs, minDurationMs));
}
