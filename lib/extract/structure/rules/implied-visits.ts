/**
 * A meeting abroad implies a visit: when a meeting in country X names a host from X and a guest
 * from elsewhere, the guest travelled there ("Merkel met Abe in Tokyo", "Maas empfängt seinen
 * österreichischen Amtskollegen"). FORMAT.md puts the guest's side in a visit with the meeting as
 * its child; a guest already placed by a visit that day keeps that visit.
 */
import { DateTime } from 'luxon';
import type { DraftEvent, ParticipantDraft } from '../../../events/event-record';

const dayOf = (iso: string | null) => (iso ? iso.slice(0, 10) : null);

function nextDay(day: string): string {
  return DateTime.fromISO(day, { zone: 'UTC' }).plus({ days: 1 }).toISODate()!;
}

/** Guests of a meeting held in `country`: people of another state, or of an organisation, beside a host of it. */
function guestsOf(meeting: DraftEvent, country: string): ParticipantDraft[] {
  const hosts = meeting.participants.filter((p) => p.country === country);
  if (!hosts.length) return [];
  return meeting.participants.filter((p) => (p.country && p.country !== country) || (!p.country && p.organization));
}

function placedBy(events: DraftEvent[], name: string, day: string, country: string): DraftEvent | undefined {
  return events.find((e) => e.kind === 'visit' && e.location?.country === country && e.participants.some((p) => p.name === name) && dayOf(e.start)! <= day && day <= dayOf(e.end ?? e.start)!);
}

export function addImpliedVisits(events: DraftEvent[], nextId: () => string): DraftEvent[] {
  const added: DraftEvent[] = [];
  for (const m of events) {
    const country = m.location?.country;
    const day = dayOf(m.start);
    if (m.kind !== 'meeting' || m.parent || !country || !day) continue;
    const guests = guestsOf(m, country).filter((g) => !placedBy(events, g.name, day, country));
    if (!guests.length) continue;
    const place = m.location!;
    // Meetings on consecutive days in one place are one stay.
    const stay = added.find((v) => v.location?.city === place.city && v.location?.country === country && guests.every((g) => v.participants.some((p) => p.name === g.name)) && (v.end === day || nextDay(v.end!) === day));
    if (stay) {
      if (day > stay.end!) stay.end = day;
      m.parent = stay.id;
      continue;
    }
    const visit: DraftEvent = {
      id: nextId(),
      parent: null,
      kind: 'visit',
      title: `${guests[0].name} visits ${place.city ?? country}`,
      start: day,
      end: dayOf(m.end) ?? day,
      timezone: m.timezone,
      location: { city: place.city, country },
      status: m.status,
      participants: guests.map((g) => ({ ...g })),
      evidence: [...m.evidence],
    };
    m.parent = visit.id;
    added.push(visit);
  }
  return [...added, ...events];
}
