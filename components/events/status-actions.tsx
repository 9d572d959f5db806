'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError, patchEvent } from '@/lib/client/api-client';
import type { EventJson } from '@/lib/events/event-json';
import { EVENT_STATUSES, type EventStatus } from '@/lib/events/event-record';
import { FieldError } from '../ui/field-error';

const ACTION_LABELS: Record<EventStatus, string> = {
  held: 'Mark as held',
  postponed: 'Postpone',
  cancelled: 'Cancel',
  scheduled: 'Reschedule / reinstate',
};

/**
 * Status changes are their own action with a reason and a source, so the history says why
 * ("postponed: the Prime Minister's schedule — source: …") and not only that a field changed.
 */
export function StatusActions({ event }: { event: EventJson }) {
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<EventStatus | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const mutation = useMutation({
    mutationFn: (patch: Parameters<typeof patchEvent>[2] & { reason: string }) => patchEvent(event.id, event.version, patch),
    onSuccess: (saved) => {
      queryClient.setQueryData(['event', event.id], (old: object | undefined) => ({ ...old, ...saved }));
      void queryClient.invalidateQueries({ queryKey: ['event', event.id] });
      void queryClient.invalidateQueries({ queryKey: ['events'] });
      setTarget(null);
      setErrors({});
    },
    onError: (error) => setErrors(error instanceof ApiError ? { ...error.fields, _form: [error.message] } : { _form: [String(error)] }),
  });

  function submit(formEvent: FormEvent<HTMLFormElement>) {
    formEvent.preventDefault();
    const data = new FormData(formEvent.currentTarget);
    const reason = String(data.get('reason') ?? '').trim();
    if (!reason) {
      setErrors({ reason: ['Say why the status changes'] });
      return;
    }
    const url = String(data.get('sourceUrl') ?? '').trim();
    const start = String(data.get('start') ?? '');
    const end = String(data.get('end') ?? '');
    mutation.mutate({
      status: target!,
      reason,
      ...(url ? { sources: [{ url, quote: reason }] } : {}),
      ...(start ? { start: event.allDay ? start : `${start}${event.start.slice(10, 16)}`, end: end || start } : {}),
    });
  }

  return (
    <section className="status-actions" aria-label="Change status">
      {EVENT_STATUSES.filter((status) => status !== event.status).map((status) => (
        <button key={status} type="button" onClick={() => setTarget(status)} aria-pressed={target === status}>
          {ACTION_LABELS[status]}
        </button>
      ))}
      {target && (
        <form onSubmit={submit} className="event-form" aria-label={ACTION_LABELS[target]}>
          <label htmlFor="status-reason">Reason</label>
          <input id="status-reason" name="reason" maxLength={500} aria-invalid={Boolean(errors.reason)} />
          <FieldError message={errors.reason?.[0]} />
          <label htmlFor="status-source">Source URL (optional)</label>
          <input id="status-source" name="sourceUrl" placeholder="https://…" />
          <FieldError message={errors['sources.0.url']?.[0]} />
          {target === 'scheduled' && (
            <div className="row">
              <div>
                <label htmlFor="status-start">New first day</label>
                <input id="status-start" name="start" type="date" />
                <FieldError message={errors.start?.[0]} />
              </div>
              <div>
                <label htmlFor="status-end">New last day</label>
                <input id="status-end" name="end" type="date" />
                <FieldError message={errors.end?.[0]} />
              </div>
            </div>
          )}
          {errors._form && <p role="alert" className="field-error">{errors._form[0]}</p>}
          <div className="actions">
            <button type="submit" disabled={mutation.isPending}>
              {ACTION_LABELS[target]}
            </button>{' '}
            <button type="button" onClick={() => setTarget(null)}>
              Never mind
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
