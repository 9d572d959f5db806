import type { EventInput } from '../../../lib/events/event-input-schema';

/**
 * 10,000 events over 500 people across two years, in the batches `createEventBatch` takes: one
 * participant each (one lane per person, as vis-timeline gets one group per item), every tenth a
 * visit of 2–4 days whose two meetings follow it in the same batch, half of the meetings and calls timed.
 */
const FIRST = ['Anna', 'Marco', 'Sofia', 'Luca', 'Elena', 'Jonas', 'Amira', 'Kenji', 'Priya', 'Tomás', 'Ingrid', 'Omar', 'Chloé', 'Pavel', 'Leila', 'Diego', 'Mei', 'Rafael', 'Nadia', 'Henrik', 'Aisha', 'Viktor', 'Yuki', 'Zanele', 'Farid'];
const LAST = ['Rossi', 'Müller', 'Dubois', 'García', 'Novak', 'Tanaka', 'Okafor', 'Haddad', 'Kowalski', 'Silva', 'Larsen', 'Petrov', 'Mehta', 'Kim', 'Costa', 'Andersen', 'Sato', 'Nkosi', 'Ali', 'Moreau'];
const COUNTRIES = ['IT', 'DE', 'FR', 'ES', 'PL', 'JP', 'NG', 'LB', 'BR', 'NO', 'BG', 'IN', 'KR', 'PT', 'DK', 'ZA', 'EG', 'US', 'GB', 'CA'];
const PLACES = [
  { city: 'Washington', country: 'US', zone: 'America/New_York' },
  { city: 'Brussels', country: 'BE', zone: 'Europe/Brussels' },
  { city: 'Rome', country: 'IT', zone: 'Europe/Rome' },
  { city: 'Tokyo', country: 'JP', zone: 'Asia/Tokyo' },
  { city: 'New Delhi', country: 'IN', zone: 'Asia/Kolkata' },
  { city: 'Nairobi', country: 'KE', zone: 'Africa/Nairobi' },
  { city: 'Brasília', country: 'BR', zone: 'America/Sao_Paulo' },
  { city: 'Canberra', country: 'AU', zone: 'Australia/Sydney' },
];
const STATUSES = ['scheduled', 'held', 'postponed', 'cancelled'] as const;
const ROLES = ['Minister of Foreign Affairs', 'Prime Minister', 'President', 'Minister of Defence', 'Ambassador'];

export const BENCH_PEOPLE = 500;
export const BENCH_EVENTS = 10_000;
const DAYS = 730;

function day(offset: number): string {
  const d = new Date(Date.UTC(2026, 0, 1 + offset));
  return d.toISOString().slice(0, 10);
}

export interface BenchDraft {
  ref?: string;
  parentRef?: string | null;
  input: EventInput;
}

export function buildBenchDrafts(): BenchDraft[][] {
  const batches: BenchDraft[][] = [];
  let batch: BenchDraft[] = [];
  let i = 0;
  while (i < BENCH_EVENTS) {
    const personIndex = i % BENCH_PEOPLE;
    const name = `${FIRST[personIndex % FIRST.length]} ${LAST[Math.floor(personIndex / FIRST.length) % LAST.length]}`;
    const participant = { name, role: ROLES[personIndex % ROLES.length], country: COUNTRIES[personIndex % COUNTRIES.length] };
    const place = PLACES[(i * 7) % PLACES.length];
    const offset = Math.floor((i * DAYS) / BENCH_EVENTS) + (personIndex % 5);
    const status = STATUSES[(i * 13) % 7 < 4 ? (i * 13) % 7 : 1];
    const common = { timezone: place.zone, location: { city: place.city, country: place.country }, participants: [participant], status };
    if (i % 10 === 0 && i + 2 < BENCH_EVENTS) {
      const ref = `v${i}`;
      const length = 1 + (i % 3);
      batch.push({ ref, input: { ...common, kind: 'visit', title: `${name} visits ${place.city}`, start: day(offset), end: day(offset + length) } });
      for (let m = 1; m <= 2; m++) {
        const timed = m === 1;
        const date = day(offset + m - 1);
        batch.push({
          parentRef: ref,
          input: {
            ...common,
            kind: 'meeting',
            title: `${name.split(' ')[1]} meets ${place.city} counterpart ${m}`,
            start: timed ? `${date}T${String(9 + m).padStart(2, '0')}:00` : date,
            end: timed ? `${date}T${String(10 + m).padStart(2, '0')}:00` : date,
          },
        });
      }
      i += 3;
    } else {
      const kind = (['meeting', 'call', 'summit', 'conference', 'meeting', 'other', 'call'] as const)[i % 7];
      const timed = (kind === 'meeting' || kind === 'call') && i % 2 === 0;
      const date = day(offset);
      batch.push({
        input: {
          ...common,
          kind,
          title: `${name} ${kind} on trade and security #${i}`,
          start: timed ? `${date}T${String(8 + (i % 9)).padStart(2, '0')}:30` : date,
          end: timed ? `${date}T${String(9 + (i % 9)).padStart(2, '0')}:15` : day(offset + (kind === 'summit' || kind === 'conference' ? 1 : 0)),
        },
      });
      i += 1;
    }
    if (batch.length >= 500) {
      batches.push(batch);
      batch = [];
    }
  }
  if (batch.length) batches.push(batch);
  return batches;
}
