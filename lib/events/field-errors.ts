import type { z } from 'zod';

export type FieldErrors = Record<string, string[]>;

/** Per-field messages keyed by the dotted path the form uses (`participants.0.name`). */
export function collectFieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_form';
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}
