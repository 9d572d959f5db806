import { DateTime } from 'luxon';
import type { Db } from '../../../db/client';
import { findOrCreatePerson } from '../../../db/queries/people';
import { findOrCreatePlace } from '../../../db/queries/places';

/**
 * A calendar for the clash benchmark (issue 15): `count` events over ten years (2020–2029) and 3,000
 * people, as a newsroom's database grows: meetings of two, calls, visits of one or two for 2–4
 * days, summits and conferences of many, in 40 capitals; half the meetings and calls timed; a few
 * cancelled, postponed or deleted. Who takes part is skewed as the news is: the busiest person is
 * in about 1 in 60 participations (some 4,000 events in ten years at 100,000), most people in a
 * handful. Rows go in through prepared statements in one transaction (people and places through
 * db/queries): the write path's revisions, search index and sources are not what a clash check reads.
 */
export const CLASH_BENCH_PEOPLE = 3_000;
const FIRST_DAY = DateTime.fromISO('2020-01-01', { zone: 'utc' });
const DAYS = 3_652;

const CAPITALS: Array<[city: string, country: string, zone: string]> = [
  ['Washington', 'US', 'America/New_York'], ['Ottawa', 'CA', 'America/Toronto'], ['Mexico City', 'MX', 'America/Mexico_City'], ['Brasília', 'BR', 'America/Sao_Paulo'],
  ['Buenos Aires', 'AR', 'America/Argentina/Buenos_Aires'], ['Asunción', 'PY', 'America/Asuncion'], ['Santiago', 'CL', 'America/Santiago'], ['Bogotá', 'CO', 'America/Bogota'],
  ['London', 'GB', 'Europe/London'], ['Paris', 'FR', 'Europe/Paris'], ['Berlin', 'DE', 'Europe/Berlin'], ['Rome', 'IT', 'Europe/Rome'],
  ['Madrid', 'ES', 'Europe/Madrid'], ['Brussels', 'BE', 'Europe/Brussels'], ['The Hague', 'NL', 'Europe/Amsterdam'], ['Warsaw', 'PL', 'Europe/Warsaw'],
  ['Kyiv', 'UA', 'Europe/Kyiv'], ['Ankara', 'TR', 'Europe/Istanbul'], ['Athens', 'GR', 'Europe/Athens'], ['Stockholm', 'SE', 'Europe/Stockholm'],
  ['Cairo', 'EG', 'Africa/Cairo'], ['Nairobi', 'KE', 'Africa/Nairobi'], ['Addis Ababa', 'ET', 'Africa/Addis_Ababa'], ['Pretoria', 'ZA', 'Africa/Johannesburg'],
  ['Abuja', 'NG', 'Africa/Lagos'], ['Riyadh', 'SA', 'Asia/Riyadh'], ['Abu Dhabi', 'AE', 'Asia/Dubai'], ['Tehran', 'IR', 'Asia/Tehran'],
  ['New Delhi', 'IN', 'Asia/Kolkata'], ['Islamabad', 'PK', 'Asia/Karachi'], ['Beijing', 'CN', 'Asia/Shanghai'], ['Tokyo', 'JP', 'Asia/Tokyo'],
  ['Seoul', 'KR', 'Asia/Seoul'], ['Jakarta', 'ID', 'Asia/Jakarta'], ['Kuala Lumpur', 'MY', 'Asia/Kuala_Lumpur'], ['Hanoi', 'VN', 'Asia/Bangkok'],
  ['Canberra', 'AU', 'Australia/Sydney'], ['Wellington', 'NZ', 'Pacific/Auckland'], ['Geneva', 'CH', 'Europe/Zurich'], ['New York', 'US', 'America/New_York'],
];
const FIRST = ['Ana', 'Marco', 'Sofia', 'Luca', 'Elena', 'Jonas', 'Amira', 'Kenji', 'Priya', 'Tomás', 'Ingrid', 'Omar', 'Chloé', 'Pavel', 'Leila', 'Diego', 'Mei', 'Rafael', 'Nadia', 'Henrik', 'Aisha', 'Viktor', 'Yuki', 'Zanele', 'Farid', 'Lucía', 'Kwame', 'Olga', 'Hassan', 'Ines'];
const LAST = ['Rossi', 'Müller', 'Dubois', 'García', 'Novak', 'Tanaka', 'Okafor', 'Haddad', 'Kowalski', 'Silva', 'Larsen', 'Petrov', 'Mehta', 'Kim', 'Costa', 'Andersen', 'Sato', 'Nkosi', 'Ali', 'Moreau', 'Peña', 'Ortiz', 'Yilmaz', 'Nguyen', 'Schmidt', 'Ivanova', 'Mensah', 'Bauer', 'Lindqvist', 'Romero'];
const ROLES = ['President', 'Prime Minister', 'Minister of Foreign Affairs', 'Minister of Defence', 'Ambassador', 'Secretary-General'];

/** A small deterministic generator, so every run builds the same calendar. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function clashBenchPersonName(index: number): string {
  return `${FIRST[index % FIRST.length]} ${LAST[Math.floor(index / FIRST.length) % LAST.length]}${index >= FIRST.length * LAST.length ? ` ${Math.floor(index / (FIRST.length * LAST.length)) + 1}` : ''}`;
}

export interface SeededClashCalendar {
  personIds: number[];
  events: number;
  participations: number;
}

export function seedClashEvents(db: Db, count: number, seed = 15): SeededClashCalendar {
  const next = random(seed);
  // Who takes part: P(i) proportional to 1 / (i + 10), by binary search over the running total.
  const weights = Array.from({ length: CLASH_BENCH_PEOPLE }, (_, i) => 1 / (i + 10));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w / total), 0);
  const pickPerson = () => {
    const r = next();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const now = new Date().toISOString();
  return db.transaction((tx) => {
    const txDb = tx as unknown as Db;
    const personIds = Array.from({ length: CLASH_BENCH_PEOPLE }, (_, i) => findOrCreatePerson(txDb, clashBenchPersonName(i)).id);
    const placeIds = CAPITALS.map(([city, country, zone]) => findOrCreatePlace(txDb, { city, country }, zone).id);
    const insertEvent = db.$client.prepare(
      `insert into events (parent_id, kind, title, status, certainty, all_day, start_date, end_date, start_utc, end_utc, timezone, place_id, version, deleted_at, created_at, updated_at)
       values (?, ?, ?, ?, 'confirmed', ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
    );
    const insertParticipant = db.$client.prepare('insert or ignore into event_participants (event_id, person_id, position, role, organization, country) values (?, ?, ?, ?, ?, ?)');
    let participations = 0;
    for (let n = 0; n < count; n++) {
      const roll = next();
      const kind = roll < 0.45 ? 'meeting' : roll < 0.6 ? 'call' : roll < 0.75 ? 'visit' : roll < 0.8 ? 'summit' : roll < 0.9 ? 'conference' : 'other';
      const placeIndex = Math.floor(next() * CAPITALS.length);
      const [city, , zone] = CAPITALS[placeIndex];
      const day = FIRST_DAY.plus({ days: Math.floor(next() * DAYS) });
      const length = kind === 'visit' ? 1 + Math.floor(next() * 3) : kind === 'summit' || kind === 'conference' ? Math.floor(next() * 3) : 0;
      const timed = (kind === 'meeting' || kind === 'call') && next() < 0.5;
      const statusRoll = next();
      const status = statusRoll < 0.03 ? 'cancelled' : statusRoll < 0.05 ? 'postponed' : day.toISODate()! < '2026-06-01' ? 'held' : 'scheduled';
      let startUtc: string | null = null;
      let endUtc: string | null = null;
      let startDate = day.toISODate()!;
      let endDate = day.plus({ days: length }).toISODate()!;
      if (timed) {
        const start = DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour: 8 + Math.floor(next() * 10), minute: 30 }, { zone });
        startUtc = start.toUTC().toISO({ suppressMilliseconds: true });
        endUtc = start.plus({ minutes: 45 }).toUTC().toISO({ suppressMilliseconds: true });
        startDate = start.toISODate()!;
        endDate = start.plus({ minutes: 45 }).toISODate()!;
      }
      const size = kind === 'summit' || kind === 'conference' ? 3 + Math.floor(next() * 5) : kind === 'visit' || kind === 'other' ? 1 + Math.floor(next() * 2) : 2;
      const people = [...new Set(Array.from({ length: size }, pickPerson))];
      const title = `${clashBenchPersonName(people[0])} ${kind} in ${city} #${n}`;
      const deletedAt = next() < 0.01 ? now : null;
      const id = Number(insertEvent.run(null, kind, title, status, timed ? 0 : 1, startDate, endDate, startUtc, endUtc, timed ? zone : null, kind === 'call' ? null : placeIds[placeIndex], deletedAt, now, now).lastInsertRowid);
      people.forEach((person, position) => {
        insertParticipant.run(id, personIds[person], position, ROLES[person % ROLES.length], person % 7 === 0 ? 'United Nations' : null, CAPITALS[person % CAPITALS.length][1]);
        participations++;
      });
    }
    return { personIds, events: count, participations };
  });
}
