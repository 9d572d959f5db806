const LABELS: Record<string, string> = {
  kind: 'kind',
  title: 'title',
  status: 'status',
  start: 'start',
  end: 'end',
  timezone: 'time zone',
  location: 'place',
  parentId: 'parent event',
  participants: 'participants',
  notes: 'notes',
  deleted: 'deleted',
};

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(none)';
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' && v && 'name' in v ? String((v as { name: string }).name) : show(v))).join(', ') || '(none)';
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).filter(Boolean).join(', ') || '(none)';
  return String(value);
}

/** Readable lines for one revision: "status changed from scheduled to postponed". */
export function describeRevision(revision: { action: string; changes: Record<string, unknown> }): string[] {
  if (revision.action === 'create') return ['created'];
  const lines: string[] = [];
  for (const [field, change] of Object.entries(revision.changes)) {
    if (field === 'sources') {
      lines.push(`source added: ${show((change as { added?: unknown }).added)}`);
    } else if (Array.isArray(change) && change.length === 2) {
      lines.push(`${LABELS[field] ?? field} changed from ${show(change[0])} to ${show(change[1])}`);
    }
  }
  return lines.length ? lines : [revision.action];
}
