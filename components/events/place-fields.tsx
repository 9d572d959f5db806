import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { PlaceOption } from '@/lib/client/api-client';
import type { EventJson } from '@/lib/events/event-json';
import type { EventFormValues } from '@/lib/events/event-form-values';
import { formatWhen } from '@/lib/events/format-when';
import { FieldError } from '../ui/field-error';

interface PlaceFieldsProps {
  register: UseFormRegister<EventFormValues>;
  errors: FieldErrors<EventFormValues>;
  placeOptions: PlaceOption[];
  /** a city typed or chosen: a known one fills its country and zone */
  onCity: (value: string) => void;
  /** the parent chosen (form value), kept as an option even when not among `parentOptions` */
  parentId: string;
  parentOptions: EventJson[];
}

/** Where (city with suggestions, country) and what the event is part of (a visit, summit or conference around its dates). */
export function PlaceFields({ register, errors, placeOptions, onCity, parentId, parentOptions }: PlaceFieldsProps) {
  return (
    <div className="row">
      <div>
        <label htmlFor="field-city">City</label>
        <input id="field-city" list="city-options" autoComplete="off" {...register('city', { onChange: (e) => onCity(e.target.value) })} />
        <datalist id="city-options">
          {placeOptions.map((p) => (
            <option key={`${p.city}|${p.country}`} value={p.city ?? ''}>
              {`${p.city}, ${p.country}${p.timezone ? ` (${p.timezone})` : ''}`}
            </option>
          ))}
        </datalist>
        <FieldError message={errors.city?.message} />
      </div>
      <div>
        <label htmlFor="field-country">Country (ISO code)</label>
        <input id="field-country" size={4} maxLength={2} placeholder="US" {...register('country')} aria-invalid={Boolean(errors.country)} />
        <FieldError message={errors.country?.message} />
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
        <FieldError message={errors.parentId?.message} />
      </div>
    </div>
  );
}
