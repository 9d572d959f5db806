import { describe, expect, it } from 'vitest';
import { formatEventFilter, parseEventFilter } from '../../../lib/events/event-filter';

describe('event filter in URLs', () => {
  it('reads lists, normalises country codes and ignores empty parameters', () => {
    const parsed = parseEventFilter(new URLSearchParams('from=2026-04-01&to=&country=us,fr&kind=meeting,call&q=+Rutte+'));
    expect(parsed.success && parsed.data).toEqual({ from: '2026-04-01', country: ['US', 'FR'], kind: ['meeting', 'call'], q: 'Rutte' });
  });

  it('round-trips to the same canonical query string', () => {
    const parsed = parseEventFilter(new URLSearchParams('status=held&person=mark-rutte&from=2026-04-01'));
    expect(parsed.success && formatEventFilter(parsed.data).toString()).toBe('from=2026-04-01&person=mark-rutte&status=held');
  });

  it.each([
    ['from=2026-02-30', 'from'],
    ['from=2026-05-01&to=2026-04-01', 'to'],
    ['country=USA', 'country.0'],
    ['person=Mark Rutte', 'person.0'],
    ['status=rumoured', 'status.0'],
    [`q=${'x'.repeat(201)}`, 'q'],
  ])('refuses %s', (query, path) => {
    const parsed = parseEventFilter(new URLSearchParams(query));
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
