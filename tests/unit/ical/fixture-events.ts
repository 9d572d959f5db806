/**
 * A calendar's worth of awkward events: zones either side of the date line, DST transitions, an
 * alias zone, an unknown zone, all-day spans over month ends, every status, injection attempts.
 */
import type { EventRecord } from '../../../lib/events/event-record';
import { AUCKLAND, makeAllDayEvent, makeEvent, ROME, RUBIO, RUTTE, TRUMP, VON_DER_LEYEN, XI } from './make-event';

export const NASTY_TITLE = 'Talks; trade, tariffs\nday two\r\nfinal 🇺🇸🤝🇨🇳 \\ back\\slash "quoted"';

export const FEED_OPTIONS = { name: 'Summitry – all events', description: 'Every event in Summitry', host: 'summitry.example', baseUrl: 'https://summitry.example' };

export function buildFixtureEvents(): EventRecord[] {
  return [
    makeAllDayEvent({ id: 1, start: '2026-04-08', end: '2026-04-12', title: 'Rutte visits Washington', participants: [RUTTE], version: 2 }),
    makeEvent({ id: 2, parentId: 1, participants: [RUTTE, TRUMP], version: 3 }),
    makeEvent({ id: 3, parentId: 1, title: 'Rutte meets Rubio', participants: [RUTTE, RUBIO], start: '2026-04-08T14:00:00-04:00', end: '2026-04-08T14:45:00-04:00', startUtc: '2026-04-08T18:00:00Z', endUtc: '2026-04-08T18:45:00Z', status: 'held' }),
    // Rome, the morning after clocks went forward (29 March 2026).
    makeEvent({ id: 4, kind: 'summit', title: 'EU–US summit', place: ROME, timezone: 'Europe/Rome', participants: [VON_DER_LEYEN, TRUMP], start: '2026-03-29T09:00:00+02:00', end: '2026-03-29T17:00:00+02:00', startDate: '2026-03-29', endDate: '2026-03-29', startUtc: '2026-03-29T07:00:00Z', endUtc: '2026-03-29T15:00:00Z' }),
    // Auckland: the day NZ daylight time ends (5 April 2026), across the date line from UTC.
    makeEvent({ id: 5, kind: 'conference', title: 'Pacific Islands Forum', place: AUCKLAND, timezone: 'Pacific/Auckland', participants: [], start: '2026-04-05T09:30:00+12:00', end: '2026-04-06T18:00:00+12:00', startDate: '2026-04-05', endDate: '2026-04-06', startUtc: '2026-04-04T21:30:00Z', endUtc: '2026-04-06T06:00:00Z', status: 'postponed' }),
    makeEvent({ id: 6, kind: 'call', title: 'Trump–Xi call', place: null, timezone: 'America/New_York', participants: [TRUMP, XI], start: '2026-05-01T08:00:00-04:00', end: '2026-05-01T09:00:00-04:00', startDate: '2026-05-01', endDate: '2026-05-01', startUtc: '2026-05-01T12:00:00Z', endUtc: '2026-05-01T13:00:00Z', status: 'cancelled', updatedAt: '2026-04-20T08:00:00Z' }),
    // Alias zone: the library answers with Europe/Kyiv, and the event must say the same.
    makeEvent({ id: 7, title: 'Meeting in Kyiv', place: { id: 4, city: 'Kyiv', country: 'UA', timezone: 'Europe/Kiev', latitude: 50.45, longitude: 30.52 }, timezone: 'Europe/Kiev', participants: [RUTTE], start: '2026-06-02T10:00:00+03:00', end: '2026-06-02T11:00:00+03:00', startDate: '2026-06-02', endDate: '2026-06-02', startUtc: '2026-06-02T07:00:00Z', endUtc: '2026-06-02T08:00:00Z' }),
    // A zone no library knows: rendered in UTC, never floating.
    makeEvent({ id: 8, kind: 'other', title: 'Unknown zone', place: null, timezone: 'Mars/Olympus_Mons', participants: [], start: '2026-06-03T10:00:00Z', end: '2026-06-03T11:00:00Z', startDate: '2026-06-03', endDate: '2026-06-03', startUtc: '2026-06-03T10:00:00Z', endUtc: '2026-06-03T11:00:00Z' }),
    makeEvent({ id: 9, kind: 'other', title: NASTY_TITLE, place: { ...ROME, city: 'Rome;\r\nX-INJECTED:1' }, participants: [{ ...RUTTE, role: 'SG\r\nATTENDEE:mailto:evil@example.org' }], sources: [{ id: 9, url: 'https://example.org/a?b=1,c;d\r\nX-EVIL:1', publisher: 'Agence, "France"; Presse', language: 'fr', published: '2026-04-01', evidence: [] }] }),
    makeAllDayEvent({ id: 10, start: '2026-01-31', end: '2026-02-01', title: 'Davos follow-up', place: ROME, deletedAt: '2026-04-21T10:00:00Z', updatedAt: '2026-04-21T10:00:00Z', version: 5 }),
    // Zero-length record: no DTEND rather than a DTEND equal to DTSTART.
    makeEvent({ id: 11, title: 'Press point', end: '2026-04-08T11:00:00-04:00', endUtc: '2026-04-08T15:00:00Z' }),
    // Long Greek/CJK text with emoji so folds land next to multi-octet characters.
    makeEvent({ id: 12, kind: 'other', title: `${'Συνάντηση κορυφής 首脑会议 🎌'.repeat(6)}\\;,`, participants: [] }),
  ];
}
