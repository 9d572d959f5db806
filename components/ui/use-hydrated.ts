'use client';

import { useSyncExternalStore } from 'react';

const subscribeNothing = () => () => {};

/**
 * False while the server's HTML is being hydrated, true after. Data the client may already hold
 * when a delayed hydration runs (a query that resolved meanwhile) is shown only once this is true,
 * so the first client render matches the server's and React keeps the page's state.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeNothing, () => true, () => false);
}
