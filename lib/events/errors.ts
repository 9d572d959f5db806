import type { EventRecord } from './event-record';
import type { FieldErrors } from './field-errors';

/** The write was refused because of what the caller sent; nothing was changed. */
export class ValidationError extends Error {
  constructor(readonly fields: FieldErrors) {
    super('The event is not valid');
  }
}

export class NotFoundError extends Error {
  constructor(readonly what: string) {
    super(`${what} not found`);
  }
}

/** The caller edited an older version; `current` is what is saved now. */
export class ConflictError extends Error {
  constructor(readonly current: EventRecord) {
    super(`This event was changed by someone else: it is now at version ${current.version}`);
  }
}
