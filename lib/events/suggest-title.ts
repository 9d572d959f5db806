import type { EventKind } from './event-record';

// Family name first for these naming traditions, so "Xi Jinping" is "Xi", not "Jinping".
const FAMILY_NAME_FIRST = /^(Xi|Li|Wang|Lee|Kim|Moon|Yoon|Park|Lai|Han|Zhao|Chen)\s/;

export function shortName(name: string): string {
  const trimmed = name.trim();
  if (FAMILY_NAME_FIRST.test(trimmed)) return trimmed.split(/\s+/)[0];
  const parts = trimmed.split(/\s+/);
  // Regnal names ("Felipe VI", "Abdullah II") stay whole.
  if (parts.length === 2 && /^[IVXL]+$/.test(parts[1])) return trimmed;
  return parts.at(-1) ?? trimmed;
}

/** A readable title from what the form already knows: "Rutte meets Trump", "Macron visits Seoul". */
export function suggestTitle(input: { kind: EventKind; participants: string[]; city: string | null }): string {
  const names = input.participants.map((n) => n.trim()).filter(Boolean);
  const lead = names[0];
  const others = names.slice(1).map(shortName);
  const place = input.city?.trim() || null;
  switch (input.kind) {
    case 'visit':
      return lead ? `${lead} visits ${place ?? '…'}` : '';
    case 'meeting':
      return lead ? `${shortName(lead)} meets ${others.join(' and ') || '…'}${place ? ` in ${place}` : ''}` : '';
    case 'call':
      return names.length ? `${names.map(shortName).join(' – ')} call` : '';
    case 'summit':
      return place ? `Summit in ${place}` : 'Summit';
    case 'conference':
      return place ? `Conference in ${place}` : 'Conference';
    default:
      return lead ? `${lead}${place ? ` in ${place}` : ''}` : '';
  }
}
