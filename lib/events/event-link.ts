import type { EventKind, EventStatus } from './event-record';

/** An event as another event's page names it: enough for a link and a line. */
export interface EventLink {
  id: number;
  title: string;
  kind: EventKind;
  startDate: string;
  status: EventStatus;
}

/** The answer of `GET /api/events/{id}` beside the event: what it is part of, and its parts. */
export interface EventRelations {
  parent: { id: number; title: string | null } | null;
  children: EventLink[];
}
