import { describe, expect, it } from 'vitest';
import { eventInputSchema } from '../../../lib/events/event-input-schema';
import { collectFieldErrors } from '../../../lib/events/field-errors';

function fieldErrors(input: unknown) {
  const parsed = eventInputSchema.safeParse(input);
  return parsed.success ? {} : collectFieldErrors(parsed.error);
}

const base = { kind: 'meeting', title: 'Rutte meets Trump', start: '2026-04-08' };

describe('eventInputSchema', () => {
  it('accepts an extractor draft as it comes, ignoring draft-only fields', () => {
    const parsed = eventInputSchema.parse({
      ...base,
      id: 'm1',
      parent: 'v1',
      evidence: [{ start: 1, end: 2 }],
      end: '2026-04-08',
      timezone: 'America/New_York',
      location: { city: 'Washington', country: 'us' },
      status: 'scheduled',
      participants: [{ name: 'Mark Rutte', role: 'Secretary General', organization: 'NATO', country: null }],
    });
    expect(parsed.location).toEqual({ city: 'Washington', country: 'US' });
    expect(parsed).not.toHaveProperty('evidence');
  });

  it('trims text and turns blank optional fields into null', () => {
    const parsed = eventInputSchema.parse({ ...base, title: '  Padded  ', notes: '   ', timezone: '' });
    expect(parsed).toMatchObject({ title: 'Padded', notes: null, timezone: null, status: 'scheduled' });
  });

  it.each([
    [{ ...base, title: '' }, 'title', 'Title is required'],
    [{ ...base, end: '2026-04-07' }, 'end', 'End must not be before start'],
    [{ ...base, start: '2026-13-01' }, 'start', 'Start must be a real date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:mm)'],
    [{ ...base, start: '2026-04-08T10:00' }, 'timezone', 'A timed event needs the time zone of its place'],
    [{ ...base, end: '2026-04-09T10:00' }, 'end', 'End has a time but start does not: give both or neither'],
    [{ ...base, timezone: 'Europe/Atlantis' }, 'timezone', 'Unknown time zone: use an IANA name such as Europe/Rome'],
    [{ ...base, location: { city: 'X', country: 'QQ' } }, 'location.country', 'Country must be a two-letter ISO 3166 code such as US or FR'],
    [{ ...base, status: 'rumoured' }, 'status', 'Status must be one of scheduled, held, postponed, cancelled'],
  ])('explains what is wrong on the field: %j', (input, field, message) => {
    expect(fieldErrors(input)[field]).toEqual([message]);
  });
});

describe('country codes', () => {
  it.each(['ZZ', 'EU', 'UN', 'XA', 'QQ'])('refuses %s, which names no country', (code) => {
    expect(eventInputSchema.safeParse({ kind: 'meeting', title: 'x', start: '2026-04-08', location: { city: null, country: code } }).success).toBe(false);
  });

  it.each(['US', 'FR', 'XK', 'VA', 'PS'])('accepts %s', (code) => {
    expect(eventInputSchema.safeParse({ kind: 'meeting', title: 'x', start: '2026-04-08', location: { city: null, country: code } }).success).toBe(true);
  });
});
