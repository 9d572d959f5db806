import { DateTime } from 'luxon';

const IMF_FIXDATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** RFC 9110 HTTP-date (IMF-fixdate), always GMT, from an ISO instant (or an HTTP-date). */
export function formatHttpDate(iso: string): string | null {
  // Already in the preferred form (a memoised feed keeps it so): no parsing on every 304.
  if (IMF_FIXDATE.test(iso)) return iso;
  let parsed = DateTime.fromISO(iso, { zone: 'utc' });
  if (!parsed.isValid) parsed = DateTime.fromHTTP(iso, { zone: 'utc' });
  if (!parsed.isValid) return null;
  return parsed.toUTC().setLocale('en-US').toFormat("ccc, dd LLL yyyy HH:mm:ss 'GMT'");
}
