import { NotFoundError } from '../events/errors';

/** A positive integer id from a URL segment; anything else is a resource that does not exist. */
export function parseRouteId(raw: string, what: string): number {
  if (!/^\d{1,12}$/.test(raw)) throw new NotFoundError(`${what} ${raw.slice(0, 40)}`);
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id < 1) throw new NotFoundError(`${what} ${raw}`);
  return id;
}
