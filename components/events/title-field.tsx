import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldError } from '../ui/field-error';

/** The title, with a suggested one (from kind, people and place) offered when it differs. */
export function TitleField({ registration, error, title, suggestion, onUseSuggestion }: { registration: UseFormRegisterReturn; error: string | undefined; title: string; suggestion: string | null; onUseSuggestion: (suggestion: string) => void }) {
  return (
    <>
      <label htmlFor="field-title">Title</label>
      <input id="field-title" {...registration} aria-invalid={Boolean(error)} />
      {suggestion && suggestion !== title && (
        <p className="suggestion">
          <button type="button" className="link-button" onClick={() => onUseSuggestion(suggestion)}>
            Use “{suggestion}”
          </button>
        </p>
      )}
      <FieldError message={error} />
    </>
  );
}
