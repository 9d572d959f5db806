'use client';

import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { EventFormValues } from '@/lib/events/event-form-values';

/**
 * Keeps what the analyst typed in localStorage, so neither a failed save nor a reload loses it.
 * The draft is restored once, on mount, and cleared after a successful save.
 */
export function useLocalDraft(key: string, form: UseFormReturn<EventFormValues>) {
  const [restored, setRestored] = useState(false);
  const loaded = useRef(false);

  useEffect(() => {
    if (loaded.current) return;
    loaded.current = true;
    try {
      const saved = window.localStorage.getItem(key);
      if (saved) {
        form.reset({ ...form.getValues(), ...(JSON.parse(saved) as Partial<EventFormValues>) }, { keepDefaultValues: true });
        // localStorage exists only in the browser, so the draft can only be read after mounting.
        // eslint-disable-next-line react-hooks/set-state-in-effect
        setRestored(true);
      }
    } catch {
      window.localStorage.removeItem(key);
    }
  }, [key, form]);

  useEffect(() => {
    const subscription = form.watch((values) => {
      if (form.formState.isDirty || restored) window.localStorage.setItem(key, JSON.stringify(values));
    });
    return () => subscription.unsubscribe();
  }, [key, form, restored]);

  return {
    restored,
    clear() {
      window.localStorage.removeItem(key);
      setRestored(false);
    },
  };
}
