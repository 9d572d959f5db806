import { useEffect } from 'react';
import type { FieldErrors } from 'react-hook-form';
import type { EventFormValues } from '@/lib/events/event-form-values';

function flattenErrors(errors: FieldErrors<EventFormValues>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(errors as Record<string, { message?: string } | undefined>)) {
    if (value?.message) flat[key] = value.message;
  }
  return flat;
}

/**
 * Every problem of the form at the top, each linked to its field. After a submit with errors,
 * focus goes here, so a screen reader hears every problem at once rather than only the first field's.
 */
export function FormErrorSummary({ errors, serverError, submitCount }: { errors: FieldErrors<EventFormValues>; serverError: string | null; submitCount: number }) {
  useEffect(() => {
    if (submitCount > 0 && Object.keys(errors).length > 0) {
      document.getElementById('form-error-summary')?.focus();
    }
  }, [submitCount, errors]);
  const entries = Object.entries(flattenErrors(errors));
  if (entries.length === 0 && !serverError) return null;
  return (
    <div id="form-error-summary" className="error-summary" role="alert" tabIndex={-1}>
      <p>{serverError ?? 'Please correct the fields below.'}</p>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#field-${field}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
