/** Builds EventRecords for tests: a sensible timed meeting unless overridden. */
import type { EventRecord, ParticipantRecord, PlaceRecord } from '../../../lib/events/event-record';

export const WASHINGTON: PlaceRecord = { id: 1, city: 'Washington', country: 'US', timezone: 'America/New_York', latitude: 38.9072, longitude: -77.0369 };
export const ROME: PlaceRecord = { id: 2, city: 'Rome', country: 'IT', timezone: 'Europe/Rome', latitude: 41.9028, longitude: 12.4964 };
export const AUCKLAND: PlaceRecord = { id: 3, city: 'Auckland', country: 'NZ', timezone: 'Pacific/Auckland', latitude: -36.8485, longitude: 174.7633 };

export const RUTTE: ParticipantRecord = { personId: 1, name: 'Mark Rutte', slug: 'mark-rutte', role: 'Secretary General', organization: 'NATO', country: 'NL' };
export const TRUMP: ParticipantRecord = { personId: 2, name: 'Donald Trump', slug: 'donald-trump', role: 'President', organization: null, country: 'US' };
export const RUBIO: ParticipantRecord = { personId: 3, name: 'Marco Rubio', slug: 'marco-rubio', role: 'Secretary of State', organization: null, country: 'US' };
export const XI: ParticipantRecord = { personId: 4, name: 'Xi Jinping', slug: 'xi-jinping', role: 'President', organization: null, country: 'CN' };
export const VON_DER_LEYEN: ParticipantRecord = { personId: 5, name: 'Ursula von der Leyen', slug: 'ursula-von-der-leyen', role: 'President of the European Commission', organization: 'European Commission', country: null };

export function makeEvent(overrides: Partial<EventRecord> & { id: number }): EventRecord {
  return {
    version: 1,
    parentId: null,
    kind: 'meeting',
    title: 'Rutte meets Trump',
    status: 'scheduled',
    certainty: 'confirmed',
    allDay: false,
    start: '2026-04-08T11:00:00-04:00',
    end: '2026-04-08T12:00:00-04:00',
    startDate: '2026-04-08',
    endDate: '2026-04-08',
    startUtc: '2026-04-08T15:00:00Z',
    endUtc: '2026-04-08T16:00:00Z',
    timezone: 'America/New_York',
    place: WASHINGTON,
    participants: [RUTTE, TRUMP],
    sources: [{ id: 1, url: 'https://www.ansa.it/sito/notizie/rutte.html', publisher: 'ANSA', language: 'it', published: '2026-04-07', evidence: [] }],
    notes: null,
    deletedAt: null,
    createdAt: '2026-04-07T09:00:00.000Z',
    updatedAt: '2026-04-07T09:30:00.000Z',
    ...overrides,
  };
}

export function makeAllDayEvent(overrides: Partial<EventRecord> & { id: number; start: string; end: string }): EventRecord {
  return makeEvent({
    kind: 'visit',
    title: 'Rutte visits Washington',
    allDay: true,
    startDate: overrides.start,
    endDate: overrides.end,
    startUtc: null,
    endUtc: null,
    participants: [RUTTE],
    ...overrides,
  });
}
