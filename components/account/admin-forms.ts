import type { FormEvent } from 'react';
import { ApiError } from '@/lib/client/api-client';

/** Messages per field, and the form's own under `_form`. */
export type Fields = Record<string, string[]>;

export function fieldsOf(error: unknown): Fields {
  return error instanceof ApiError ? { ...error.fields, _form: [error.message] } : { _form: [String(error)] };
}

/** A submitted form's named values, the page left as it is; `reset` empties the form (after it is saved). */
export function readSubmittedForm(event: FormEvent<HTMLFormElement>): { data: Record<string, string>; reset: () => void } {
  event.preventDefault();
  const form = event.currentTarget;
  return { data: Object.fromEntries(new FormData(form)) as Record<string, string>, reset: () => form.reset() };
}
