'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, undoClashDismissal } from '@/lib/client/api-client';
import { refreshClashQueries } from './refresh-clash-queries';

/** Undoes "not a clash" for two events: the clash is open again everywhere. */
export function UndoDismissalButton({ a, b, otherTitle, onUndone }: { a: number; b: number; otherTitle: string; onUndone?: () => void }) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    // Already undone (by someone else, or in another tab) is what was asked for.
    mutationFn: () => undoClashDismissal(a, b).catch((error) => (error instanceof ApiError && error.status === 404 ? null : Promise.reject(error))),
    onSuccess: () => {
      refreshClashQueries(queryClient);
      onUndone?.();
    },
  });
  return (
    <>
      <button type="button" className="link-button" aria-label={`Undo “not a clash” with ${otherTitle}`} disabled={mutation.isPending} onClick={() => mutation.mutate()}>
        Undo
      </button>
      {mutation.isError && (
        <span role="alert" className="field-error">
          {' '}
          {mutation.error instanceof ApiError ? mutation.error.message : 'The dismissal could not be undone'}
        </span>
      )}
    </>
  );
}
