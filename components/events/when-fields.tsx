import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { EventFormValues } from '@/lib/events/event-form-values';
import { FieldError } from '../ui/field-error';

const TIME_ZONES: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

/** When: all-day (dates only) or timed (dates, times and the place's zone), and the viewer's own time for a timed one. */
export function WhenFields({ register, errors, allDay, viewerTime }: { register: UseFormRegister<EventFormValues>; errors: FieldErrors<EventFormValues>; allDay: boolean; viewerTime: string | null }) {
  return (
    <>
      <label className="check">
        <input type="checkbox" {...register('allDay')} /> All-day (dates only)
      </label>
      <div className="row">
        <div>
          <label htmlFor="field-startDate">Start</label>
          <input id="field-startDate" type="date" {...register('startDate')} aria-invalid={Boolean(errors.startDate)} />
          {!allDay && <input aria-label="Start time" type="time" {...register('startTime')} />}
          <FieldError message={errors.startDate?.message} />
        </div>
        <div>
          <label htmlFor="field-endDate">End (last day)</label>
          <input id="field-endDate" type="date" {...register('endDate')} aria-invalid={Boolean(errors.endDate)} />
          {!allDay && <input aria-label="End time" type="time" {...register('endTime')} />}
          <FieldError message={errors.endDate?.message} />
        </div>
        <div>
          <label htmlFor="field-timezone">Time zone of the place</label>
          <input id="field-timezone" list="time-zones" placeholder="Europe/Rome" {...register('timezone')} aria-invalid={Boolean(errors.timezone)} />
          <datalist id="time-zones">
            {TIME_ZONES.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
          <FieldError message={errors.timezone?.message} />
          {viewerTime && <p className="viewer-time">{viewerTime}</p>}
        </div>
      </div>
    </>
  );
}
