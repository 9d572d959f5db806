'use client';

import { useMemo } from 'react';
import { useFieldArray, useForm, useWatch, type FieldErrors as RhfErrors, type Resolver } from 'react-hook-form';
import type { EventJson } from '@/lib/events/event-json';
import { eventInputSchema } from '@/lib/events/event-input-schema';
import { collectFieldErrors } from '@/lib/events/field-errors';
import {
  emptyFormValues,
  formValuesFromEvent,
  formValuesToInput,
  mapErrorsToFormFields,
  type EventFormValues,
} from '@/lib/events/event-form-values';
import { suggestTitle } from '@/lib/events/suggest-title';
import { describeViewerTime } from '@/lib/events/viewer-time';
import { ClashWarning } from './clash-warning';
import { ConflictPanel } from './conflict-panel';
import { FormErrorSummary } from './form-error-summary';
import { KindStatusFields } from './kind-status-fields';
import { ParticipantFields } from './participant-fields';
import { PlaceFields } from './place-fields';
import { SourceFields } from './source-fields';
import { TitleField } from './title-field';
import { useEventSave } from './use-event-save';
import { useFormAutofill } from './use-form-autofill';
import { useParentOptions } from './use-options';
import { WhenFields } from './when-fields';

/** Validates with the same zod schema the API uses, reporting errors on the form's own fields. */
const sharedSchemaResolver: Resolver<EventFormValues> = async (values) => {
  const parsed = eventInputSchema.safeParse(formValuesToInput(values));
  if (parsed.success) return { values, errors: {} };
  const errors: Record<string, { type: string; message: string }> = {};
  for (const [field, message] of Object.entries(mapErrorsToFormFields(collectFieldErrors(parsed.error)))) {
    errors[field] = { type: 'validation', message };
  }
  return { values: {}, errors: errors as unknown as RhfErrors<EventFormValues> };
};

/** A new event, or an edit of `event`: validated as the API validates, saved with conflicts shown side by side. */
export function EventForm({ event, onSaved }: { event?: EventJson; onSaved?: (saved: EventJson) => void }) {
  const initial = useMemo(() => (event ? formValuesFromEvent(event) : emptyFormValues()), [event]);
  const form = useForm<EventFormValues>({ defaultValues: initial, resolver: sharedSchemaResolver, mode: 'onSubmit', shouldFocusError: false });
  const { register, handleSubmit, formState, reset } = form;
  const participants = useFieldArray({ control: form.control, name: 'participants' });
  const { save, draft, conflictWith, resolveConflict, serverError, notice } = useEventSave(event, form, onSaved);
  const allDay = useWatch({ control: form.control, name: 'allDay' });
  const [kind, title, city, startDate, startTime, endDate, timezone, parentId, people] = useWatch({
    control: form.control,
    name: ['kind', 'title', 'city', 'startDate', 'startTime', 'endDate', 'timezone', 'parentId', 'participants'],
  });
  const { placeOptions, peopleOptions, fillPlace, typePersonName } = useFormAutofill(form, city ?? '');
  const parentOptions = useParentOptions(startDate ?? '', endDate ?? '').filter((e) => e.id !== event?.id && e.parentId === null);
  const suggestion = suggestTitle({ kind, participants: (people ?? []).map((p) => p.name), city: city || null });
  const viewerTime = allDay ? null : describeViewerTime(startDate, startTime, timezone, Intl.DateTimeFormat().resolvedOptions().timeZone);
  const errors = formState.errors;

  return (
    <form className="event-form" onSubmit={handleSubmit(save)} noValidate aria-label={event ? 'Edit event' : 'New event'}>
      {draft.restored && (
        <p className="notice" role="status">
          Your unsaved changes from earlier were restored.{' '}
          <button type="button" onClick={() => { reset(initial); draft.clear(); }}>
            Discard them
          </button>
        </p>
      )}
      <FormErrorSummary errors={errors} serverError={serverError} submitCount={formState.submitCount} />
      {conflictWith && (
        <ConflictPanel
          base={initial}
          mine={form.getValues()}
          theirs={formValuesFromEvent(conflictWith)}
          theirVersion={conflictWith.version}
          onResolve={(merged) => resolveConflict(conflictWith, merged)}
        />
      )}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <KindStatusFields kind={register('kind')} status={register('status')} certainty={register('certainty')} />
      <TitleField registration={register('title')} error={errors.title?.message} title={title} suggestion={suggestion} onUseSuggestion={(text) => form.setValue('title', text, { shouldDirty: true })} />
      <WhenFields register={register} errors={errors} allDay={allDay} viewerTime={viewerTime} />
      <PlaceFields register={register} errors={errors} placeOptions={placeOptions} onCity={(value) => fillPlace(value)} parentId={parentId} parentOptions={parentOptions} />
      <ParticipantFields register={register} errors={errors} participants={participants} peopleOptions={peopleOptions} onName={typePersonName} />
      <SourceFields register={register} urlError={errors.sourceUrl?.message} editing={Boolean(event)} />

      <label htmlFor="field-notes">Notes</label>
      <textarea id="field-notes" {...register('notes')} />

      <ClashWarning control={form.control} eventId={event?.id ?? null} />
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting || Boolean(conflictWith)}>
          {formState.isSubmitting ? 'Saving…' : event ? 'Save changes' : 'Create event'}
        </button>
      </div>
    </form>
  );
}
