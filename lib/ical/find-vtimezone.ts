/**
 * VTIMEZONE blocks written by ical-generator through its timezone generator hook, fed by
 * timezones-ical-library, which tracks current IANA data (@touch4it/ical-timezones, the generator
 * ical-generator's documentation names, still ships 2018 rules). The library resolves aliases to
 * their canonical zone (Europe/Kiev -> Europe/Kyiv, UTC -> Etc/UTC), so an event's TZID must be the
 * one the block declares, not the name stored on the event.
 */
import ical from 'ical-generator';
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

/** ical-generator's timezone generator: the library's block for a zone it knows, else nothing. */
export function generateVtimezone(zone: string): string | null {
  if (!isKnownZone(zone)) return null;
  const answer = tzlib_get_ical_block(zone);
  return Array.isArray(answer) && answer[0]?.includes('BEGIN:VTIMEZONE') ? answer[0] : null;
}

/** The VTIMEZONE ical-generator writes for a calendar in this zone, cut out of that calendar. */
function writeVtimezone(tzid: string): string | null {
  const calendar = ical({ timezone: { name: tzid, generator: generateVtimezone } }).toString();
  const start = calendar.indexOf('BEGIN:VTIMEZONE');
  const end = calendar.indexOf('END:VTIMEZONE', start);
  return start < 0 || end < 0 ? null : calendar.slice(start, end + 'END:VTIMEZONE'.length);
}

/**
 * ical-generator's text made to match our other lines: unfolded (it folds at 74 octets), blank
 * lines dropped, refolded by fold-line.ts, every line CRLF-terminated, the last one included.
 */
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
    // The library answers [block, "TZID=<canonical name>"]; the block is asked for again under
    // that name, through ical-generator.
    const answer = tzlib_get_ical_block(zone);
    const tzidLine = Array.isArray(answer) ? answer[1] : '';
    const tzid = /^TZID=(.+)$/.exec(tzidLine ?? '')?.[1]?.trim();
    const block = tzid ? writeVtimezone(tzid) : null;
    if (tzid && block) result = { tzid, block: normalizeBlock(block) };
  }
  resolved.set(zone, result);
  return result;
}
