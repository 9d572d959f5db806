'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, patchEvent, postEvent } from '@/lib/client/api-client';
import type { EventJson } from '@/lib/events/event-json';
import { formValuesToInput, mapErrorsToFormFields, type EventFormValues } from '@/lib/events/event-form-values';
import { useLocalDraft } from './use-local-draft';

/**
 * Saving the event form: a new event is posted, an edit is patched against the version it was
 * opened at (the baseline). A 409 becomes a conflict to resolve; other refusals go onto the fields
 * and the summary. What is typed is kept as a local draft until a save succeeds.
 */
export function useEventSave(event: EventJson | undefined, form: UseFormReturn<EventFormValues>, onSaved?: (saved: EventJson) => void) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [baseline, setBaseline] = useState<EventJson | undefined>(event);
  const [conflict, setConflict] = useState<EventJson | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const draftKey = event ? `summitry:draft:event:${event.id}` : 'summitry:draft:new-event';
  const draft = useLocalDraft(draftKey, baseline?.version ?? null, form);
  // A draft restored over a newer saved version is resolved like any other conflict.
  const conflictWith = conflict ?? (draft.stale && baseline ? baseline : null);

  async function save(values: EventFormValues) {
    setServerError(null);
    const input = formValuesToInput(values);
    try {
      const saved = baseline ? await patchEvent(baseline.id, baseline.version, input) : await postEvent(input);
      draft.clear();
      await queryClient.invalidateQueries({ queryKey: ['events'] });
      // The answer carries the event only: what it is part of and its parts are kept, then refetched.
      queryClient.setQueryData(['event', saved.event.id], (old: object | undefined) => ({ ...old, ...saved }));
      void queryClient.invalidateQueries({ queryKey: ['event', saved.event.id] });
      if (onSaved) onSaved(saved.event);
      else router.push(`/events/${saved.event.id}`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 409 && error.current) {
        setNotice(null);
        setConflict(error.current);
        return;
      }
      const fields = mapErrorsToFormFields(error.fields);
      for (const [field, message] of Object.entries(fields)) form.setError(field as keyof EventFormValues, { message });
      setServerError(error.message);
    }
  }

  /** The analyst merged their changes with the version saved meanwhile: the next save is against it. */
  function resolveConflict(with_: EventJson, merged: EventFormValues) {
    setBaseline(with_);
    setConflict(null);
    draft.rebase(with_.version);
    form.reset(merged, { keepDefaultValues: true });
    setNotice(`Merged with version ${with_.version}. Check the form and save again.`);
  }

  return { save, draft, conflictWith, resolveConflict, serverError, notice };
}
