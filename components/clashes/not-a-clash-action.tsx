'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ApiError, dismissClash } from '@/lib/client/api-client';
import type { ClashDismissalJson } from '@/lib/events/clash-dismissals';
import { refreshClashQueries } from './refresh-clash-queries';

interface ActionProps {
  a: number;
  b: number;
  /** the id of the words that say which clash this is (the entry's heading) */
  describedBy: string;
  onDismissed: (dismissal: ClashDismissalJson) => void;
}

/**
 * "Not a clash" with an optional reason (issue 15), for editors. A button first, so a long list of
 * clashes stays a list; the reason field opens under it and takes the focus.
 */
export function NotAClashAction({ a, b, describedBy, onDismissed }: ActionProps) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reasonId = useId();
  const reasonRef = useRef<HTMLInputElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const mutation = useMutation({
    mutationFn: (reason: string) => dismissClash(a, b, reason),
    onSuccess: ({ dismissal }) => {
      refreshClashQueries(queryClient);
      onDismissed(dismissal);
    },
    onError: (e) => setError(e instanceof ApiError ? (e.fields.reason?.[0] ?? e.message) : String(e)),
  });

  // The reason field when the form opens; the button again when it closes without a dismissal.
  useEffect(() => {
    if (open) reasonRef.current?.focus();
    else if (wasOpen.current) openerRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  function submit(formEvent: FormEvent<HTMLFormElement>) {
    formEvent.preventDefault();
    setError(null);
    mutation.mutate(String(new FormData(formEvent.currentTarget).get('reason') ?? ''));
  }

  if (!open) {
    return (
      <button type="button" ref={openerRef} className="not-a-clash-open" aria-describedby={describedBy} onClick={() => setOpen(true)}>
        Not a clash
      </button>
    );
  }
  return (
    <form className="not-a-clash" aria-describedby={describedBy} onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <label htmlFor={reasonId}>Why is this not a clash? (optional)</label>
      <input id={reasonId} ref={reasonRef} name="reason" maxLength={500} aria-invalid={Boolean(error)} aria-describedby={error ? `${reasonId}-error` : undefined} />
      {error && (
        <p id={`${reasonId}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={mutation.isPending}>
          Mark as not a clash
        </button>{' '}
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
