import { ValidationError } from '../events/errors';

/**
 * The version a client edited, from `If-Match` ("3", W/"3" or 3) or a `version` field. Writes
 * without one are refused: a blind overwrite is exactly what optimistic concurrency prevents.
 */
export function readExpectedVersion(request: Request, body: Record<string, unknown> | null): number {
  const header = request.headers.get('if-match');
  const fromHeader = header ? /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim())?.[1] : undefined;
  if (header && !fromHeader) throw new ValidationError({ version: ['If-Match must be the event version, such as "3"'] });
  const raw = fromHeader !== undefined ? Number(fromHeader) : body?.version;
  if (raw === undefined || raw === null) {
    throw new ValidationError({ version: ['Send the version you edited (If-Match header or "version" field)'] });
  }
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 1) {
    throw new ValidationError({ version: ['Version must be a whole number of at least 1'] });
  }
  return raw;
}
