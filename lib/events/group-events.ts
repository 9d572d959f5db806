import type { EventRecord } from './event-record';
import { formatCountryName } from './countries';
import { slugify } from './slug';

export const GROUPINGS = ['person', 'country', 'org', 'none'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export interface LaneItem<E extends EventRecord = EventRecord> {
  event: E;
  /** meetings and other children of this event that belong to the same lane */
  children: E[];
}

export interface Lane<E extends EventRecord = EventRecord> {
  key: string;
  label: string;
  items: Array<LaneItem<E>>;
}

export function parseGrouping(value: string | null | undefined): Grouping {
  return (GROUPINGS as readonly string[]).includes(value ?? '') ? (value as Grouping) : 'person';
}

function laneKeys(event: EventRecord, grouping: Grouping): Array<{ key: string; label: string }> {
  switch (grouping) {
    case 'person':
      return event.participants.map((p) => ({ key: p.slug, label: p.name }));
    case 'country': {
      const codes = new Set<string>();
      if (event.place?.country) codes.add(event.place.country);
      for (const p of event.participants) if (p.country) codes.add(p.country);
      return [...codes].map((code) => ({ key: code, label: formatCountryName(code) ?? code }));
    }
    case 'org': {
      const orgs = new Set(event.participants.map((p) => p.organization).filter((o): o is string => Boolean(o)));
      return [...orgs].map((org) => ({ key: slugify(org), label: org }));
    }
    case 'none':
      return [{ key: 'all', label: 'All events' }];
  }
}

/** The lane of events that involve no person, country or organisation: drawn last, never dropped. */
export const OTHER_LANE_KEY = '~other';
const OTHER_LABEL: Record<Exclude<Grouping, 'none'>, string> = { person: 'No participant', country: 'No country', org: 'No organisation' };

/**
 * Puts each event in the lane of every person, country or organisation it involves; events that
 * involve none go to an "other" lane, so every event counted is drawn. Inside a
 * lane, a meeting sits under its visit when the visit is in the same lane, so Rutte's lane reads
 * "visit, with three meetings" while Trump's lane shows the one meeting he attends.
 */
export function groupEvents<E extends EventRecord>(events: E[], grouping: Grouping): Array<Lane<E>> {
  const lanes = new Map<string, { label: string; events: E[] }>();
  for (const event of events) {
    const keys = laneKeys(event, grouping);
    if (!keys.length && grouping !== 'none') keys.push({ key: OTHER_LANE_KEY, label: OTHER_LABEL[grouping] });
    for (const { key, label } of keys) {
      const lane = lanes.get(key) ?? { label, events: [] };
      lane.events.push(event);
      lanes.set(key, lane);
    }
  }
  return [...lanes.entries()]
    .map(([key, lane]) => ({ key, label: lane.label, items: nestChildren(lane.events) }))
    .sort((a, b) => Number(a.key === OTHER_LANE_KEY) - Number(b.key === OTHER_LANE_KEY) || a.label.localeCompare(b.label));
}

function nestChildren<E extends EventRecord>(events: E[]): Array<LaneItem<E>> {
  const ids = new Set(events.map((e) => e.id));
  const items = new Map<number, LaneItem<E>>();
  for (const event of events) if (event.parentId === null || !ids.has(event.parentId)) items.set(event.id, { event, children: [] });
  for (const event of events) {
    if (event.parentId !== null && ids.has(event.parentId)) items.get(event.parentId)?.children.push(event);
  }
  return [...items.values()];
}
