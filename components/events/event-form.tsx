'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
import { useFieldArray, useForm, useWatch, type FieldErrors as RhfErrors, type Resolver } from 'react-hook-form';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, patchEvent, postEvent } from '@/lib/client/api-client';
import type { EventJson } from '@/lib/events/event-json';
import { eventInputSchema } from '@/lib/events/event-input-schema';
import { collectFieldErrors } from '@/lib/events/field-errors';
import { EVENT_CERTAINTIES, EVENT_KINDS, EVENT_STATUSES } from '@/lib/events/event-record';
import { CERTAINTY_MEANING, CERTAINTY_WORD } from '@/lib/events/certainty-words';
import { ClashWarning } from './clash-warning';
import {
  emptyFormValues,
  formValuesFromEvent,
  formValuesToInput,
  mapErrorsToFormFields,
  type EventFormValues,
} from '@/lib/events/event-form-values';
import { ConflictPanel } from './conflict-panel';
import { suggestTitle } from '@/lib/events/suggest-title';
import { formatWhen } from '@/lib/events/format-when';
import { describeViewerTime } from '@/lib/events/viewer-time';
import { useParentOptions, usePeopleOptions, usePlaceOptions } from './use-options';
import { FieldError } from '../ui/field-error';
import { useLocalDraft } from './use-local-draft';

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

const TIME_ZONES: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

export function EventForm({ event, onSaved }: { event?: EventJson; onSaved?: (saved: EventJson) => void }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [baseline, setBaseline] = useState<EventJson | undefined>(event);
  const [conflict, setConflict] = useState<EventJson | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const draftKey = event ? `summitry:draft:event:${event.id}` : 'summitry:draft:new-event';
  const initial = useMemo(() => (event ? formValuesFromEvent(event) : emptyFormValues()), [event]);
  const form = useForm<EventFormValues>({ defaultValues: initial, resolver: sharedSchemaResolver, mode: 'onSubmit', shouldFocusError: false });
  const { register, handleSubmit, formState, setError, reset } = form;
  const participants = useFieldArray({ control: form.control, name: 'participants' });
  const draft = useLocalDraft(draftKey, baseline?.version ?? null, form);
  // A draft restored over a newer saved version is resolved like any other conflict.
  const conflictWith = conflict ?? (draft.stale && baseline ? baseline : null);
  const allDay = useWatch({ control: form.control, name: 'allDay' });
  const [kind, title, city, startDate, startTime, endDate, timezone, parentId, people] = useWatch({
    control: form.control,
    name: ['kind', 'title', 'city', 'startDate', 'startTime', 'endDate', 'timezone', 'parentId', 'participants'],
  });
  const [personQuery, setPersonQuery] = useState('');
  const { options: placeOptions, answers: placeQuery } = usePlaceOptions(city ?? '');
  const peopleOptions = usePeopleOptions(personQuery);
  const parentOptions = useParentOptions(startDate ?? '', endDate ?? '').filter((e) => e.id !== event?.id && e.parentId === null);
  const suggestion = suggestTitle({ kind, participants: (people ?? []).map((p) => p.name), city: city || null });
  const viewerTime = allDay ? null : describeViewerTime(startDate, startTime, timezone, Intl.DateTimeFormat().resolvedOptions().timeZone);

  /** Picking a known city fills its country and, when none is set, its time zone. */
  function fillPlace(value: string, options = placeOptions) {
    const typed = value.trim();
    let match = options.find((p) => p.city?.toLowerCase() === typed.toLowerCase());
    // "Pechino" or "Pékin" with Beijing as the only answer: the same city, saved under one name.
    if (!match && placeQuery === typed && options.length === 1 && typed.length >= 4) {
      match = options[0];
      if (match.city) form.setValue('city', match.city);
    }
    if (!match) return;
    if (!form.getValues('country')) form.setValue('country', match.country);
    if (match.timezone && !form.getValues('timezone')) form.setValue('timezone', match.timezone);
  }

  /** Picking a known person fills their current office where the row is still empty. */
  function fillPerson(index: number, value: string, options = peopleOptions) {
    const match = options.find((p) => p.name.toLowerCase() === value.trim().toLowerCase());
    if (!match) return;
    const row = form.getValues(`participants.${index}`);
    if (!row.role && match.role) form.setValue(`participants.${index}.role`, match.role);
    if (!row.organization && match.organization) form.setValue(`participants.${index}.organization`, match.organization);
    if (!row.country && match.country) form.setValue(`participants.${index}.country`, match.country);
  }

  // Options arrive after the typing that asked for them: apply an exact match once they do.
  useEffect(() => {
    const typed = form.getValues('city');
    if (typed) fillPlace(typed, placeOptions);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [placeOptions]);
  useEffect(() => {
    form.getValues('participants').forEach((row, index) => fillPerson(index, row.name, peopleOptions));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [peopleOptions]);

  // Focus goes to the error summary, which links to each field, so a screen reader hears every
  // problem at once rather than only the first field's.
  useEffect(() => {
    if (formState.submitCount > 0 && Object.keys(formState.errors).length > 0) {
      document.getElementById('form-error-summary')?.focus();
    }
  }, [formState.submitCount, formState.errors]);

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
      for (const [field, message] of Object.entries(fields)) setError(field as keyof EventFormValues, { message });
      setServerError(error.message);
    }
  }

  const errorEntries = Object.entries(flattenErrors(formState.errors));

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
      {(errorEntries.length > 0 || serverError) && (
        <div id="form-error-summary" className="error-summary" role="alert" tabIndex={-1}>
          <p>{serverError ?? 'Please correct the fields below.'}</p>
          <ul>
            {errorEntries.map(([field, message]) => (
              <li key={field}>
                <a href={`#field-${field}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {conflictWith && (
        <ConflictPanel
          base={initial}
          mine={form.getValues()}
          theirs={formValuesFromEvent(conflictWith)}
          theirVersion={conflictWith.version}
          onResolve={(merged) => {
            setBaseline(conflictWith);
            setConflict(null);
            draft.rebase(conflictWith.version);
            reset(merged, { keepDefaultValues: true });
            setNotice(`Merged with version ${conflictWith.version}. Check the form and save again.`);
          }}
        />
      )}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <div className="row">
        <label htmlFor="field-kind">Kind</label>
        <select id="field-kind" {...register('kind')}>
          {EVENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kind}
            </option>
          ))}
        </select>
        <label htmlFor="field-status">Status</label>
        <select id="field-status" {...register('status')}>
          {EVENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
        <label htmlFor="field-certainty">Certainty</label>
        <select id="field-certainty" aria-describedby="field-certainty-hint" {...register('certainty')}>
          {EVENT_CERTAINTIES.map((certainty) => (
            <option key={certainty} value={certainty}>
              {CERTAINTY_WORD[certainty]}
            </option>
          ))}
        </select>
      </div>
      <p id="field-certainty-hint" className="field-hint">
        {EVENT_CERTAINTIES.map((c) => `${CERTAINTY_WORD[c]}: ${CERTAINTY_MEANING[c]}`).join(' · ')}
      </p>
      <label htmlFor="field-title">Title</label>
      <input id="field-title" {...register('title')} aria-invalid={Boolean(formState.errors.title)} />
      {suggestion && suggestion !== title && (
        <p className="suggestion">
          <button type="button" className="link-button" onClick={() => form.setValue('title', suggestion, { shouldDirty: true })}>
            Use “{suggestion}”
          </button>
        </p>
      )}
      <FieldError message={formState.errors.title?.message} />

      <label className="check">
        <input type="checkbox" {...register('allDay')} /> All-day (dates only)
      </label>
      <div className="row">
        <div>
          <label htmlFor="field-startDate">Start</label>
          <input id="field-startDate" type="date" {...register('startDate')} aria-invalid={Boolean(formState.errors.startDate)} />
          {!allDay && <input aria-label="Start time" type="time" {...register('startTime')} />}
          <FieldError message={formState.errors.startDate?.message} />
        </div>
        <div>
          <label htmlFor="field-endDate">End (last day)</label>
          <input id="field-endDate" type="date" {...register('endDate')} aria-invalid={Boolean(formState.errors.endDate)} />
          {!allDay && <input aria-label="End time" type="time" {...register('endTime')} />}
          <FieldError message={formState.errors.endDate?.message} />
        </div>
        <div>
          <label htmlFor="field-timezone">Time zone of the place</label>
          <input id="field-timezone" list="time-zones" placeholder="Europe/Rome" {...register('timezone')} aria-invalid={Boolean(formState.errors.timezone)} />
          <datalist id="time-zones">
            {TIME_ZONES.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
          <FieldError message={formState.errors.timezone?.message} />
          {viewerTime && <p className="viewer-time">{viewerTime}</p>}
        </div>
      </div>
      <div className="row">
        <div>
          <label htmlFor="field-city">City</label>
          <input id="field-city" list="city-options" autoComplete="off" {...register('city', { onChange: (e) => fillPlace(e.target.value) })} />
          <datalist id="city-options">
            {placeOptions.map((p) => (
              <option key={`${p.city}|${p.country}`} value={p.city ?? ''}>
                {`${p.city}, ${p.country}${p.timezone ? ` (${p.timezone})` : ''}`}
              </option>
            ))}
          </datalist>
          <FieldError message={formState.errors.city?.message} />
        </div>
        <div>
          <label htmlFor="field-country">Country (ISO code)</label>
          <input id="field-country" size={4} maxLength={2} placeholder="US" {...register('country')} aria-invalid={Boolean(formState.errors.country)} />
          <FieldError message={formState.errors.country?.message} />
        </div>
        <div>
          <label htmlFor="field-parentId">Part of</label>
          <select id="field-parentId" {...register('parentId')}>
            <option value="">(nothing: a top-level event)</option>
            {parentId && !parentOptions.some((p) => String(p.id) === parentId) && <option value={parentId}>event {parentId}</option>}
            {parentOptions.map((p) => (
              <option key={p.id} value={String(p.id)}>
                {p.title} ({formatWhen(p)})
              </option>
            ))}
          </select>
          <FieldError message={formState.errors.parentId?.message} />
        </div>
      </div>

      <fieldset>
        <legend>Participants</legend>
        {participants.fields.map((field, index) => (
          <div className="row participant" key={field.id}>
            {/* Visible labels for the eye; the accessible names say which participant. */}
            <label className="participant-name">
              <span aria-hidden="true">Name</span>
              <input
                aria-label={`Participant ${index + 1} name`}
                id={`field-participants.${index}.name`}
                placeholder="Full name"
                list="people-options"
                autoComplete="off"
                {...register(`participants.${index}.name`, { onChange: (e) => { setPersonQuery(e.target.value); fillPerson(index, e.target.value); } })}
              />
            </label>
            <label className="participant-role">
              <span aria-hidden="true">Role</span>
              <input aria-label={`Participant ${index + 1} role`} placeholder="Role" {...register(`participants.${index}.role`)} />
            </label>
            <label className="participant-org">
              <span aria-hidden="true">Organisation</span>
              <input aria-label={`Participant ${index + 1} organisation`} placeholder="Organisation" {...register(`participants.${index}.organization`)} />
            </label>
            <label className="participant-country">
              <span aria-hidden="true">Country</span>
              <input aria-label={`Participant ${index + 1} country`} placeholder="CC" size={4} maxLength={2} {...register(`participants.${index}.country`)} />
            </label>
            <button type="button" onClick={() => participants.remove(index)} aria-label={`Remove participant ${index + 1}`}>
              Remove
            </button>
            <FieldError message={(formState.errors as Record<string, { message?: string }>)[`participants.${index}.name`]?.message} />
          </div>
        ))}
        <datalist id="people-options">
          {peopleOptions.map((p) => (
            <option key={p.name} value={p.name}>
              {[p.role, p.organization ?? p.country].filter(Boolean).join(', ')}
            </option>
          ))}
        </datalist>
        <button type="button" onClick={() => participants.append({ name: '', role: '', organization: '', country: '' })}>
          Add participant
        </button>
      </fieldset>

      <fieldset>
        <legend>Source {event ? '(added to the existing ones)' : ''}</legend>
        <div className="row">
          <input aria-label="Source URL" id="field-sourceUrl" placeholder="https://…" {...register('sourceUrl')} />
          <input aria-label="Publisher" placeholder="Publisher" {...register('sourcePublisher')} />
          <input aria-label="Published on" type="date" {...register('sourcePublished')} />
        </div>
        <FieldError message={formState.errors.sourceUrl?.message} />
        <textarea aria-label="Quote from the source" placeholder="The sentence that proves it" {...register('sourceQuote')} />
      </fieldset>

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

function flattenErrors(errors: RhfErrors<EventFormValues>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(errors as Record<string, { message?: string } | undefined>)) {
    if (value?.message) flat[key] = value.message;
  }
  return flat;
}
