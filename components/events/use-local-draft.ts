'use client';

import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { EventFormValues } from '@/lib/events/event-form-values';

interface StoredDraft {
  /** the version of the event the draft was typed against; null for a new event */
  version: number | null;
  values: Partial<EventFormValues>;
}

/**
 * Keeps what the analyst typed in localStorage, so neither a failed save nor a reload loses it.
 * The draft remembers which version it was typed against: restored over a newer version it is
 * a conflict, never a silent overwrite. Cleared after a successful save.
 */
export function useLocalDraft(key: string, version: number | null, form: UseFormReturn<EventFormValues>) {
  const [restoredVersion, setRestoredVersion] = useState<number | null | undefined>(undefined);
  const loaded = useRef(false);

  useEffect(() => {
    if (loaded.current) return;
    loaded.current = true;
    try {
      const saved = window.localStorage.getItem(key);
      if (saved) {
        const draft = JSON.parse(saved) as StoredDraft;
        form.reset({ ...form.getValues(), ...draft.values }, { keepDefaultValues: true });
        // localStorage exists only in the browser, so the draft can only be read after mounting.
        // eslint-disable-next-line react-hooks/set-state-in-effect
        setRestoredVersion(draft.version ?? null);
      }
    } catch {
      window.localStorage.removeItem(key);
    }
  }, [key, form]);

  const restored = restoredVersion !== undefined;
  useEffect(() => {
    // watch() calls back on every change the analyst makes (never on the first render).
    const subscription = form.watch((values) => {
      const stored: StoredDraft = { version: restored ? (restoredVersion ?? null) : version, values: values as Partial<EventFormValues> };
      window.localStorage.setItem(key, JSON.stringify(stored));
    });
    return () => subscription.unsubscribe();
  }, [key, form, restored, restoredVersion, version]);

  return {
    restored,
    /** the draft was typed against an older version than the one now loaded */
    stale: restored && version !== null && restoredVersion !== version,
    /** after a merge, the draft counts as typed against the version merged with */
    rebase(newVersion: number) {
      setRestoredVersion(newVersion);
    },
    clear() {
      window.localStorage.removeItem(key);
      setRestoredVersion(undefined);
    },
  };
}
