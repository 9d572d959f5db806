import type { EventRecord } from './event-record';

export type EventJson = EventRecord & {
  parent: number | null;
  location: { city: string | null; country: string | null } | null;
};

/** The API's event: FORMAT.md's fields (parent, location) beside the saved record's own. */
export function toEventJson(record: EventRecord): EventJson {
  return {
    ...record,
    parent: record.parentId,
    location: record.place ? { city: record.place.city, country: record.place.country } : null,
  };
}
