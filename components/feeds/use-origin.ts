'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** The page's own origin in the browser (empty while rendering on the server). */
export function useOrigin(): string {
  return useSyncExternalStore(subscribe, () => window.location.origin, () => '');
}
