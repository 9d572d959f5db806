import type { FieldErrors, UseFieldArrayReturn, UseFormRegister } from 'react-hook-form';
import type { PersonOption } from '@/lib/client/api-client';
import type { EventFormValues } from '@/lib/events/event-form-values';
import { FieldError } from '../ui/field-error';

interface ParticipantFieldsProps {
  register: UseFormRegister<EventFormValues>;
  errors: FieldErrors<EventFormValues>;
  participants: UseFieldArrayReturn<EventFormValues, 'participants'>;
  peopleOptions: PersonOption[];
  /** a participant's name typed or chosen: asks for suggestions, and a known person fills their office */
  onName: (index: number, value: string) => void;
}

/** One participant's row. Visible labels for the eye; the accessible names say which participant. */
function ParticipantRow({ index, register, error, onName, onRemove }: { index: number; register: UseFormRegister<EventFormValues>; error: string | undefined; onName: (index: number, value: string) => void; onRemove: () => void }) {
  return (
    <div className="row participant">
      <label className="participant-name">
        <span aria-hidden="true">Name</span>
        <input
          aria-label={`Participant ${index + 1} name`}
          id={`field-participants.${index}.name`}
          placeholder="Full name"
          list="people-options"
          autoComplete="off"
          {...register(`participants.${index}.name`, { onChange: (e) => onName(index, e.target.value) })}
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
      <button type="button" onClick={onRemove} aria-label={`Remove participant ${index + 1}`}>
        Remove
      </button>
      <FieldError message={error} />
    </div>
  );
}

/** The participants: a row each (name with suggestions, role, organisation, country), added and removed. */
export function ParticipantFields({ register, errors, participants, peopleOptions, onName }: ParticipantFieldsProps) {
  // a participant's errors are keyed by their path ("participants.0.name"), as the shared schema reports them
  const byPath = errors as Record<string, { message?: string }>;
  return (
    <fieldset>
      <legend>Participants</legend>
      {participants.fields.map((field, index) => (
        <ParticipantRow key={field.id} index={index} register={register} error={byPath[`participants.${index}.name`]?.message} onName={onName} onRemove={() => participants.remove(index)} />
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
  );
}
