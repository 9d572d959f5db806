/**
 * SUMMARY is what a phone's month view shows in a dozen characters, so it leads with the people:
 * "Rutte – Trump, Washington", "Rutte in Washington", "Call: Trump – Xi". The full title is in
 * DESCRIPTION.
 */
import type { EventRecord, ParticipantRecord } from '../events/event-record';
import { formatCountryName } from '../events/countries';
import { shortName } from '../events/short-name';

const EN_DASH = ' – ';
// More names than this no longer fit a month cell; the rest are counted ("+2").
const MAX_NAMES = 3;
/** The name a headline would use for a person. */
export function pickSurname(participant: Pick<ParticipantRecord, 'name' | 'country'>): string {
  return shortName(participant.name, participant.country);
}

function joinNames(participants: readonly ParticipantRecord[]): string {
  const names: string[] = [];
  for (const participant of participants) {
    const surname = pickSurname(participant);
    if (surname && !names.includes(surname)) names.push(surname);
  }
  if (names.length <= MAX_NAMES) return names.join(EN_DASH);
  return `${names.slice(0, MAX_NAMES).join(EN_DASH)} +${names.length - MAX_NAMES}`;
}

function placeName(event: EventRecord): string | null {
  return event.place?.city?.trim() || formatCountryName(event.place?.country) || null;
}

/** The visitor is the participant from elsewhere; hosts are often listed on a visit too. */
function pickVisitor(event: EventRecord): ParticipantRecord | null {
  const away = event.participants.find((p) => p.country && event.place && p.country !== event.place.country);
  return away ?? event.participants[0] ?? null;
}

export function buildSummary(event: EventRecord): string {
  // The stored title is kept byte for byte (only escaped later); a blank one falls back to the kind.
  const title = event.title.trim() ? event.title : `${event.kind[0].toUpperCase()}${event.kind.slice(1)}`;
  const place = placeName(event);
  switch (event.kind) {
    case 'meeting': {
      const names = joinNames(event.participants);
      if (!names) return title;
      return place ? `${names}, ${place}` : names;
    }
    case 'visit': {
      const visitor = pickVisitor(event);
      const name = visitor ? pickSurname(visitor) : '';
      if (!name || !place) return title;
      return `${name} in ${place}`;
    }
    case 'call': {
      const names = joinNames(event.participants);
      return names ? `Call: ${names}` : title;
    }
    case 'summit':
    case 'conference':
      // "NATO Summit in The Hague" already says where; do not repeat it.
      if (!place || title.toLowerCase().includes(place.toLowerCase())) return title;
      return `${title}, ${place}`;
    default:
      return title;
  }
}
