import type { QueryClient } from '@tanstack/react-query';

/**
 * After a dismissal or its undo, every open-clash list the browser holds is out of date: the
 * timeline's marks, the event pages' clash lists and the form's warning.
 */
export function refreshClashQueries(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: ['events', 'clash-marks'] });
  void queryClient.invalidateQueries({ queryKey: ['event-clashes'] });
  void queryClient.invalidateQueries({ queryKey: ['clash-check'] });
}
