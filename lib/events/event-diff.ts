/** The fields a person edits, in a form that compares by value. */
export interface EventSnapshot {
  kind: string;
  title: string;
  status: string;
  certainty: string;
  start: string | null;
  end: string | null;
  timezone: string | null;
  location: { city: string | null; country: string | null } | null;
  parentId: number | null;
  participants: Array<{ name: string; role: string | null; organization: string | null; country: string | null }>;
  notes: string | null;
}

interface SnapshotSource {
  kind: string;
  title: string;
  status: string;
  certainty: string;
  start?: string | null;
  end?: string | null;
  timezone: string | null;
  location?: { city: string | null; country: string | null } | null;
  place?: { city: string | null; country: string } | null;
  parentId: number | null;
  participants: Array<{ name: string; role?: string | null; organization?: string | null; country?: string | null }>;
  notes: string | null;
}

export function snapshotEvent(source: SnapshotSource): EventSnapshot {
  const location = source.location ?? (source.place ? { city: source.place.city, country: source.place.country } : null);
  return {
    kind: source.kind,
    title: source.title,
    status: source.status,
    certainty: source.certainty,
    start: source.start ?? null,
    end: source.end ?? null,
    timezone: source.timezone,
    location: location ? { city: location.city ?? null, country: location.country ?? null } : null,
    parentId: source.parentId,
    participants: source.participants.map((p) => ({
      name: p.name,
      role: p.role ?? null,
      organization: p.organization ?? null,
      country: p.country ?? null,
    })),
    notes: source.notes,
  };
}

/** `{ field: [before, after] }` for every field that changed. */
export function diffEventSnapshots(before: EventSnapshot, after: EventSnapshot): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of Object.keys(after) as Array<keyof EventSnapshot>) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = [before[key], after[key]];
  }
  return changes;
}
