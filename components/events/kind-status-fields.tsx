import type { UseFormRegisterReturn } from 'react-hook-form';
import { CERTAINTY_MEANING, CERTAINTY_WORD } from '@/lib/events/certainty-words';
import { EVENT_CERTAINTIES, EVENT_KINDS, EVENT_STATUSES } from '@/lib/events/event-record';

/** A labelled choice of one of `values`, each shown as `word(value)`. */
function ChoiceField<V extends string>({ id, label, values, word = (value) => value, registration, describedBy }: { id: string; label: string; values: readonly V[]; word?: (value: V) => string; registration: UseFormRegisterReturn; describedBy?: string }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-describedby={describedBy} {...registration}>
        {values.map((value) => (
          <option key={value} value={value}>
            {word(value)}
          </option>
        ))}
      </select>
    </>
  );
}

/** What kind of event it is, its status, and how sure the sources are (each certainty explained below). */
export function KindStatusFields({ kind, status, certainty }: { kind: UseFormRegisterReturn; status: UseFormRegisterReturn; certainty: UseFormRegisterReturn }) {
  return (
    <>
      <div className="row">
        <ChoiceField id="field-kind" label="Kind" values={EVENT_KINDS} registration={kind} />
        <ChoiceField id="field-status" label="Status" values={EVENT_STATUSES} registration={status} />
        <ChoiceField id="field-certainty" label="Certainty" values={EVENT_CERTAINTIES} word={(c) => CERTAINTY_WORD[c]} registration={certainty} describedBy="field-certainty-hint" />
      </div>
      <p id="field-certainty-hint" className="field-hint">
        {EVENT_CERTAINTIES.map((c) => `${CERTAINTY_WORD[c]}: ${CERTAINTY_MEANING[c]}`).join(' · ')}
      </p>
    </>
  );
}
