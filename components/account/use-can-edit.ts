'use client';

import { useMe } from './use-me';

/**
 * Whether this reader may change things, so actions they would be refused are not offered: anyone
 * on an open install (no account yet), else editors and admins. False until the answer is in.
 */
export function useCanEdit(): boolean {
  const me = useMe();
  if (!me.data) return false;
  if (!me.data.secured) return true;
  return me.data.user?.role === 'editor' || me.data.user?.role === 'admin';
}
