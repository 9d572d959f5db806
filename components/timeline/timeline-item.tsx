import { memo, type CSSProperties, type MouseEvent } from 'react';
import type { EventRecord } from '@/lib/events/event-record';
import type { PlacedItem } from '@/lib/timeline/lane-layout';
import { KIND_GLYPH, STATUS_GLYPH, labelEvent } from './event-labels';
import { CERTAINTY_GLYPH } from '@/components/ui/certainty';
import { describeClashMarks } from '@/lib/events/clash-marks';
import { useClashMarks } from './clash-mark-store';

export const ROW_HEIGHT = 24;

interface ItemProps {
  event: EventRecord;
  laneIndex: number;
  /** in pixels at the zoom the lanes are drawn for */
  left: number;
  /** the event's true extent */
  width: number;
  /** room kept for its label (at least `width`): the label may run past a short bar */
  labelWidth: number;
  top: number;
  height?: number;
  selected: boolean;
  tabbable: boolean;
  onOpen: (event: MouseEvent<HTMLAnchorElement>, id: number) => void;
}

function itemClass(event: EventRecord, selected: boolean): string {
  return `tl-item kind-${event.kind} st-${event.status} cert-${event.certainty} ${event.allDay || !event.startUtc ? 'prec-day' : 'prec-time'}${selected ? ' selected' : ''}`;
}

/**
 * Position and size as CSS custom properties, in pixels at the zoom the lanes were drawn for:
 * app/timeline.css turns them into a transform and widths (with the minimum width and label gap).
 */
function geometry(left: number, width: number, labelWidth: number, top: number, height?: number): CSSProperties {
  return { ['--x' as string]: left, ['--y' as string]: `${top}px`, ['--w' as string]: width, ['--lw' as string]: labelWidth, height };
}

/**
 * One event as a link: its title is the accessible name, Enter or a click opens the details panel.
 * An event of an open clash carries a warning glyph, and its name and tooltip say with what.
 */
export function EventLink({ event, laneIndex, left, width, labelWidth, top, height, selected, tabbable, onOpen }: ItemProps) {
  const labels = labelEvent(event);
  const clashes = useClashMarks(event.id);
  const clashWords = clashes ? `. ${describeClashMarks(clashes)}` : '';
  return (
    <a
      href={`/events/${event.id}`}
      className={itemClass(event, selected) + (clashes ? ' has-clash' : '')}
      style={geometry(left, width, labelWidth, top, height)}
      data-event-id={event.id}
      data-lane-index={laneIndex}
      aria-label={labels.name + clashWords}
      aria-current={selected ? 'true' : undefined}
      title={labels.tooltip + clashWords}
      tabIndex={tabbable ? 0 : -1}
      onClick={(e) => onOpen(e, event.id)}
      draggable={false}
    >
      <span className="tl-fill" aria-hidden="true" />
      {clashes && (
        <span className="tl-clash" aria-hidden="true">
          ⚠
        </span>
      )}
      <span className="tl-glyph" aria-hidden="true">
        {KIND_GLYPH[event.kind] + STATUS_GLYPH[event.status] + CERTAINTY_GLYPH[event.certainty]}
      </span>
      {labels.time && <span className="tl-time">{labels.time}</span>}{' '}
      <span className="tl-title">{event.title}</span>
    </a>
  );
}

interface PlacedProps {
  placed: PlacedItem<EventRecord>;
  laneIndex: number;
  origin: number;
  pxPerMs: number;
  selectedId: number | null;
  activeId: number | null;
  onOpen: (event: MouseEvent<HTMLAnchorElement>, id: number) => void;
}


/**
 * A top-level item. A visit is a bar across its days with its meetings drawn inside it at their
 * own times, as a list named "Inside <visit>"; a summit lists its attendees on a second row.
 */
/**
 * Equal placements by value: a lane re-laid out because events came in elsewhere in it gives its
 * unchanged items new objects with the same numbers, and those are not re-rendered.
 */
function samePlacement(a: PlacedItem<EventRecord>, b: PlacedItem<EventRecord>): boolean {
  if (a === b) return true;
  if (a.value !== b.value || a.start !== b.start || a.end !== b.end || a.visualEnd !== b.visualEnd || a.row !== b.row || a.rows !== b.rows) return false;
  if (a.children.length !== b.children.length) return false;
  return a.children.every((child, i) => {
    const other = b.children[i];
    return child.value === other.value && child.start === other.start && child.end === other.end && child.row === other.row;
  });
}

function samePlacedProps(a: PlacedProps, b: PlacedProps): boolean {
  return (
    a.laneIndex === b.laneIndex &&
    a.origin === b.origin &&
    a.pxPerMs === b.pxPerMs &&
    a.selectedId === b.selectedId &&
    a.activeId === b.activeId &&
    a.onOpen === b.onOpen &&
    samePlacement(a.placed, b.placed)
  );
}

export const PlacedEvent = memo(function PlacedEvent({ placed, laneIndex, origin, pxPerMs, selectedId, activeId, onOpen }: PlacedProps) {
  const event = placed.value;
  const left = (placed.start - origin) * pxPerMs;
  // unclamped: the 6 px minimum and the 4 px gap after a label are applied in CSS
  const width = (placed.end - placed.start) * pxPerMs;
  const labelWidth = (placed.visualEnd - placed.start) * pxPerMs;
  const top = placed.row * ROW_HEIGHT;
  const hasBox = placed.rows > 1;
  const link = (
    <EventLink
      event={event}
      laneIndex={laneIndex}
      left={hasBox ? 0 : left}
      width={width}
      labelWidth={labelWidth}
      top={hasBox ? 0 : top}
      selected={selectedId === event.id}
      tabbable={activeId === event.id}
      onOpen={onOpen}
    />
  );
  if (!hasBox) return link;
  return (
    <div
      className={`tl-box kind-${event.kind} st-${event.status}`}
      style={geometry(left, width, labelWidth, top, placed.rows * ROW_HEIGHT - 2)}
    >
      {link}
      {placed.children.length > 0 ? (
        <ul className="tl-children" aria-label={`Inside ${event.title}`}>
          {placed.children.map((child) => (
            <li key={child.value.id}>
              <EventLink
                event={child.value}
                laneIndex={laneIndex}
                left={(child.start - placed.start) * pxPerMs}
                width={(child.end - child.start) * pxPerMs}
                labelWidth={labelWidth - (child.start - placed.start) * pxPerMs - 2}
                top={(child.row + 1) * ROW_HEIGHT}
                selected={selectedId === child.value.id}
                tabbable={activeId === child.value.id}
                onOpen={onOpen}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="tl-attendees" style={{ transform: `translateY(${ROW_HEIGHT}px)` }}>
          <span className="visually-hidden">Attending: </span>
          {event.participants.map((p) => p.name).join(' · ')}
        </p>
      )}
    </div>
  );
}, samePlacedProps);
