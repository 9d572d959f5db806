import type { EventKind } from './event-record';
import { shortName } from './short-name';

/** A readable title from what the form already knows: "Rutte meets Trump", "Macron visits Seoul". */
export function suggestTitle(input: { kind: EventKind; participants: string[]; city: string | null }): string {
  const names = input.participants.map((n) => n.trim()).filter(Boolean);
  const lead = names[0];
  const others = names.slice(1).map((name) => shortName(name));
  const place = input.city?.trim() || null;
  switch (input.kind) {
    case 'visit':
      return lead ? `${lead} visits ${place ?? '…'}` : '';
    case 'meeting':
      return lead ? `${shortName(lead)} meets ${others.join(' and ') || '…'}${place ? ` in ${place}` : ''}` : '';
    case 'call':
      return names.length ? `${names.map((name) => shortName(name)).join(' – ')} call` : '';
    case 'summit':
      return place ? `Summit in ${place}` : 'Summit';
    case 'conference':
      return place ? `Conference in ${place}` : 'Conference';
    default:
      return lead ? `${lead}${place ? ` in ${place}` : ''}` : '';
  }
}
