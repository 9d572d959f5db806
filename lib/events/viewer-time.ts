import { DateTime } from 'luxon';
import { isValidZone } from '../time/zones';

/** "= 09:00 in Europe/Rome, your time" for a wall-clock time typed in the place's zone. */
export function describeViewerTime(date: string, time: string, zone: string, viewerZone: string): string | null {
  if (!date || !time || !zone || !isValidZone(zone) || zone === viewerZone) return null;
  const at = DateTime.fromISO(`${date}T${time}`, { zone });
  if (!at.isValid) return null;
  const mine = at.setZone(viewerZone);
  const day = mine.toISODate() !== at.toISODate() ? `${mine.toFormat('d LLL')}, ` : '';
  return `= ${day}${mine.toFormat('HH:mm')} your time (${viewerZone})`;
}
