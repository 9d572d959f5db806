const LABELS: Record<string, string> = {
  kind: 'kind',
  title: 'title',
  status: 'status',
  certainty: 'certainty',
  start: 'start',
  end: 'end',
  timezone: 'time zone',
  location: 'place',
  parentId: 'parent event',
  participants: 'participants',
  notes: 'notes',
  deleted: 'deleted',
};

import { DateTime } from 'luxon';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** "8 Apr 2026", or "8 Apr 2026, 15:00" for a timed value (in the place's own clock). */
function showWhen(value: unknown): string {
  if (typeof value !== 'string') return show(value);
  if (LOCAL_DATE.test(value)) return DateTime.fromISO(value).toFormat('d LLL yyyy');
  if (DATE_TIME.test(value)) return DateTime.fromISO(value, { setZone: true }).toFormat('d LLL yyyy, HH:mm');
  return value;
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(none)';
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' && v && 'name' in v ? String((v as { name: string }).name) : show(v))).join(', ') || '(none)';
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).filter(Boolean).join(', ') || '(none)';
  return String(value);
}

/** An event a change points at: its title when known ("“Rutte visits Washington”"), else its number. */
function showEvent(value: unknown, titles: Record<number, string>): string {
  if (typeof value !== 'number') return show(value);
  return titles[value] ? `“${titles[value]}”` : `event ${value}`;
}

/**
 * Readable lines for one revision: "status changed from scheduled to postponed", "parent event
 * changed from (none) to “Rutte visits Washington”" (`titles` names the events referred to).
 */
export function describeRevision(revision: { action: string; changes: Record<string, unknown> }, titles: Record<number, string> = {}): string[] {
  if (revision.action === 'create') return ['created'];
  const lines: string[] = [];
  const source = revision.changes.sources as { added?: unknown } | undefined;
  for (const [field, change] of Object.entries(revision.changes)) {
    if (field === 'sources' || !Array.isArray(change) || change.length !== 2) continue;
    if (field === 'start' || field === 'end') {
      lines.push(`${field === 'start' ? 'date' : 'end'} moved from ${showWhen(change[0])} to ${showWhen(change[1])}`);
    } else if (field === 'parentId') {
      lines.push(`${LABELS[field]} changed from ${showEvent(change[0], titles)} to ${showEvent(change[1], titles)}`);
    } else {
      lines.push(`${LABELS[field] ?? field} changed from ${show(change[0])} to ${show(change[1])}`);
    }
  }
  if (source) {
    // The source is what justifies the change, so it is said with it.
    const cited = `source: ${show(source.added)}`;
    if (lines.length) lines[lines.length - 1] += ` — ${cited}`;
    else lines.push(`${cited} added`);
  }
  return lines.length ? lines : [revision.action];
}
