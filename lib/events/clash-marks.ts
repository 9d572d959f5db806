/** The other event of a clash, as much as a mark needs to name and link it. */
export interface ClashEventSummary {
  id: number;
  title: string;
  startDate: string;
  endDate: string;
  city: string | null;
  country: string | null;
}

/** One clash as seen from one of its events: whom it places twice, and the other event. */
export interface ClashMark {
  person: { name: string; slug: string };
  event: ClashEventSummary;
}

interface SummarisableEvent {
  id: number;
  title: string;
  startDate: string;
  endDate: string;
  place: { city: string | null; country: string } | null;
}

export function summarizeClashEvent(event: SummarisableEvent): ClashEventSummary {
  return { id: event.id, title: event.title, startDate: event.startDate, endDate: event.endDate, city: event.place?.city ?? null, country: event.place?.country ?? null };
}

/**
 * The timeline's marks (issue 15): for each event of an open clash, the clashes it is in, each
 * naming the other event. Both events of a clash carry a mark, so each clash gives two.
 */
export function markClashedEvents(clashes: ReadonlyArray<{ person: { name: string; slug: string }; events: readonly [SummarisableEvent, SummarisableEvent] }>): Record<number, ClashMark[]> {
  const marks: Record<number, ClashMark[]> = {};
  for (const { person, events } of clashes) {
    const [a, b] = events;
    (marks[a.id] ??= []).push({ person: { name: person.name, slug: person.slug }, event: summarizeClashEvent(b) });
    (marks[b.id] ??= []).push({ person: { name: person.name, slug: person.slug }, event: summarizeClashEvent(a) });
  }
  return marks;
}

/** The words a mark adds to an event's accessible name and tooltip: "clashes with X (Person)". */
export function describeClashMarks(marks: readonly ClashMark[]): string {
  return `Clashes with ${marks.map((m) => `${m.event.title} (${m.person.name})`).join('; ')}`;
}
