import { ApiError } from '@/lib/client/api-client';

/** Why saving the drafts was refused: per field, named by draft ("Draft 2: start"), or the one message. */
export function SaveErrors({ error }: { error: Error | null }) {
  if (!error) return null;
  const fields = error instanceof ApiError ? Object.entries(error.fields) : [];
  if (fields.length === 0) {
    return (
      <p role="alert" className="error-summary">
        {error.message}
      </p>
    );
  }
  return (
    <div role="alert" className="error-summary">
      <p>{error.message}</p>
      <ul>
        {fields.map(([field, messages]) => (
          <li key={field}>
            {field.replace(/^items\.(\d+)\./, (_, n) => `Draft ${Number(n) + 1}: `)} — {messages[0]}
          </li>
        ))}
      </ul>
    </div>
  );
}
