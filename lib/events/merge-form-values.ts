import type { EventFormValues } from './event-form-values';

/** The groups of form fields a conflict is resolved by: a date is taken with its times and zone. */
export const CONFLICT_FIELDS = ['kind', 'title', 'status', 'when', 'place', 'parent', 'participants', 'notes'] as const;
export type ConflictField = (typeof CONFLICT_FIELDS)[number];

const GROUPS: Record<ConflictField, Array<keyof EventFormValues>> = {
  kind: ['kind'],
  title: ['title'],
  status: ['status', 'certainty'],
  when: ['allDay', 'startDate', 'startTime', 'endDate', 'endTime', 'timezone'],
  place: ['city', 'country'],
  parent: ['parentId'],
  participants: ['participants'],
  notes: ['notes'],
};

export function describeConflictField(values: EventFormValues, field: ConflictField): string {
  switch (field) {
    case 'when': {
      const start = [values.startDate, values.allDay ? '' : values.startTime].filter(Boolean).join(' ');
      const end = [values.endDate, values.allDay ? '' : values.endTime].filter(Boolean).join(' ');
      return `${start}${end && end !== start ? ` – ${end}` : ''}${values.timezone ? ` (${values.timezone})` : ''}`;
    }
    case 'place':
      return [values.city, values.country].filter(Boolean).join(', ') || '(none)';
    case 'parent':
      return values.parentId || '(none)';
    case 'participants':
      return values.participants.map((p) => [p.name, p.role].filter(Boolean).join(', ')).filter(Boolean).join('; ') || '(none)';
    default:
      return String(values[field] || '(none)');
  }
}

/** My values, with the chosen fields taken from the saved version. */
export function mergeFormValues(mine: EventFormValues, theirs: EventFormValues, takeTheirs: ConflictField[]): EventFormValues {
  const merged: EventFormValues = { ...mine, participants: mine.participants.map((p) => ({ ...p })) };
  for (const field of takeTheirs) {
    for (const key of GROUPS[field]) (merged as unknown as Record<string, unknown>)[key] = theirs[key];
  }
  return merged;
}
