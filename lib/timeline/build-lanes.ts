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
      inputs: lane.items.map(({ event, children }) => {
        const span = eventSpan(event);
        return {
          value: event,
          start: span.start,
          end: span.end,
          // a summit without its meetings in this lane lists its attendees on a second row
          extraRows: event.kind === 'summit' && children.length === 0 && event.participants.length > 1 ? 1 : 0,
          children: children.map((child) => {
            const childSpan = eventSpan(child);
            return { value: child, start: childSpan.start, end: childSpan.end };
          }),
        };
      }),
    }));
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

export function layoutLanes<E extends EventRecord>(lanes: Array<TimelineLane<E>>, minDurationMs: number): Array<LaneLayout<E>> {
  return lanes.map((lane) => layoutLane(lane.inputs, minDurationMs));
}
