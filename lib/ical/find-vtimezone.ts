/**
 * VTIMEZONE blocks from timezones-ical-library, which tracks current IANA data
 * (@touch4it/ical-timezones still ships 2018 rules). The library resolves aliases to their
 * canonical zone (Europe/Kiev -> Europe/Kyiv, UTC -> Etc/UTC), so an event's TZID must be the one the
 * block declares, not the name stored on the event.
 */
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import { joinContentLines } from './fold-line';

export interface Vtimezone {
  /** the TZID the block declares; DTSTART/DTEND must use exactly this */
  tzid: string;
  /** CRLF-terminated, folded lines from BEGIN:VTIMEZONE to END:VTIMEZONE */
  block: string;
}

let knownZones: Set<string> | null = null;
const resolved = new Map<string, Vtimezone | null>();

function isKnownZone(zone: string): boolean {
  // Checked first because the library prints to stderr for every unknown name it is asked about.
  if (!knownZones) {
    const list = tzlib_get_timezones();
    knownZones = new Set(Array.isArray(list) ? list : (JSON.parse(list) as string[]));
  }
  return knownZones.has(zone);
}

/** Normalises the library's text: any line ending to CRLF, blank lines dropped, lines refolded. */
function normalizeBlock(raw: string): string {
  const unfolded = raw.replace(/\r\n[ \t]|\n[ \t]/g, '');
  const lines = unfolded.split(/\r\n|\r|\n/).map((line) => line.trimEnd()).filter((line) => line.length > 0);
  return joinContentLines(lines);
}

/** The VTIMEZONE for an IANA zone, or null when the zone is unknown (the event then uses UTC). */
export function findVtimezone(zone: string): Vtimezone | null {
  const cached = resolved.get(zone);
  if (cached !== undefined) return cached;
  let result: Vtimezone | null = null;
  if (isKnownZone(zone)) {
    const answer = tzlib_get_ical_block(zone);
    const block = Array.isArray(answer) ? answer[0] : '';
    const tzidLine = Array.isArray(answer) ? answer[1] : '';
    const tzid = /^TZID=(.+)$/.exec(tzidLine ?? '')?.[1]?.trim();
    if (block && tzid && block.includes('BEGIN:VTIMEZONE')) {
      result = { tzid, block: normalizeBlock(block) };
    }
  }
  resolved.set(zone, result);
  return result;
}
