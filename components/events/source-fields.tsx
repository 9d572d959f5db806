import type { UseFormRegister } from 'react-hook-form';
import type { EventFormValues } from '@/lib/events/event-form-values';
import { FieldError } from '../ui/field-error';

/** One source for the event: address, publisher, date and the quote that proves it. On an edit it is added to the saved ones. */
export function SourceFields({ register, urlError, editing }: { register: UseFormRegister<EventFormValues>; urlError: string | undefined; editing: boolean }) {
  return (
    <fieldset>
      <legend>Source {editing ? '(added to the existing ones)' : ''}</legend>
      <div className="row">
        <input aria-label="Source URL" id="field-sourceUrl" placeholder="https://…" {...register('sourceUrl')} />
        <input aria-label="Publisher" placeholder="Publisher" {...register('sourcePublisher')} />
        <input aria-label="Published on" type="date" {...register('sourcePublished')} />
      </div>
      <FieldError message={urlError} />
      <textarea aria-label="Quote from the source" placeholder="The sentence that proves it" {...register('sourceQuote')} />
    </fieldset>
  );
}
