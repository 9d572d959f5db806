import { describe, expect, it } from 'vitest';
import { buildDaybook, daybookCsv, parseDaybookQuery, type DaybookQuery } from '../../../lib/events/daybook';
import type { EventRecord } from '../../../lib/events/event-record';

const base = { version: 1, status: 'scheduled', certainty: 'confirmed', allDay: true, startUtc: null, endUtc: null, timezone: null, participants: [], sources: [], notes: null, deletedAt: null, createdAt: '', updatedAt: '' };
const event = (id: number, kind: string, title: string, startDate: string, endDate: string, place: { city: string | null; country: string } | null, parentId: number | null = null, extra: Partial<EventRecord> = {}) =>
  ({ ...base, id, kind, title, start: startDate, end: endDate, startDate, endDate, place: place && { id: id, ...place, timezone: null }, parentId, ...extra }) as unknown as EventRecord;

const visit = event(1, 'visit', 'Rutte visits Washington', '2026-04-08', '2026-04-12', { city: 'Washington', country: 'US' });
const meeting = event(2, 'meeting', 'Rutte meets Trump', '2026-04-08', '2026-04-08', { city: 'Washington', country: 'US' }, 1, {
  allDay: false,
  startUtc: '2026-04-08T15:00:00Z',
  timezone: 'America/New_York',
  participants: [{ name: 'Mark Rutte', role: 'Secretary General' }, { name: 'Donald Trump', role: 'President' }] as EventRecord['participants'],
});
const paris = event(3, 'meeting', 'Macron meets Merz, "the Weimar talks"', '2026-04-09', '2026-04-09', { city: 'Paris', country: 'FR' }, null, { sources: [{ url: 'https://wire.example/a' }] as EventRecord['sources'] });
const query = (date: string, days: number): DaybookQuery => ({ date, days, filter: {} });

describe('the daybook', () => {
  it('lists each day its events by country and city, a visit with its meetings beneath it', () => {
    const [first, second] = buildDaybook([paris, meeting, visit], query('2026-04-08', 2));
    expect(first.day).toBe('2026-04-08');
    expect(first.places.map((p) => [p.countryName, p.city])).toEqual([['United States', 'Washington']]);
    expect(first.places[0].entries.map((e) => [e.event.title, e.children.map((c) => c.title)])).toEqual([['Rutte visits Washington', ['Rutte meets Trump']]]);
    // The visit goes on on the 9th; Paris comes first by country name (France before the United States).
    expect(second.places.map((p) => p.countryName)).toEqual(['France', 'United States']);
  });

  it('keeps a day with nothing in it, so the printed diary shows every day asked for', () => {
    expect(buildDaybook([], query('2026-04-08', 3)).map((d) => [d.day, d.places.length])).toEqual([
      ['2026-04-08', 0],
      ['2026-04-09', 0],
      ['2026-04-10', 0],
    ]);
  });

  it('exports one CSV row per event, with a BOM, local and UTC times, and safe cells', () => {
    const csv = daybookCsv([paris, meeting, visit]);
    expect(csv.startsWith('\uFEFFid,start,end,local_time,utc_time,timezone,kind,title,status,certainty,city,country,participants,part_of,sources\r\n')).toBe(true);
    const rows = csv.trim().split('\r\n');
    expect(rows).toHaveLength(4);
    expect(rows[2]).toBe('2,2026-04-08,2026-04-08,11:00,2026-04-08T15:00Z,America/New_York,meeting,Rutte meets Trump,scheduled,confirmed,Washington,US,Mark Rutte (Secretary General); Donald Trump (President),Rutte visits Washington,');
    expect(rows[3]).toContain('"Macron meets Merz, ""the Weimar talks"""');
    expect(rows[3].endsWith(',https://wire.example/a')).toBe(true);
    expect(daybookCsv([event(4, 'other', '=HYPERLINK("x")', '2026-04-08', '2026-04-08', null)])).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('reads its parameters: tomorrow by default, one to 31 days, the timeline filters, a message for each bad one', () => {
    expect(parseDaybookQuery(new URLSearchParams(''), '2026-12-01')).toEqual({ success: true, data: { date: '2026-12-02', days: 1, filter: {} } });
    expect(parseDaybookQuery(new URLSearchParams('date=2026-04-08&days=7&country=us'), '2026-12-01')).toEqual({ success: true, data: { date: '2026-04-08', days: 7, filter: { country: ['US'] } } });
    const bad = parseDaybookQuery(new URLSearchParams('date=8 April&days=90&kind=party'), '2026-12-01');
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.issues.map((i) => i.message)).toEqual(['date must be a date (YYYY-MM-DD)', 'days must be at most 31', expect.stringContaining('kind must be one of')]);
  });
});
