'use client';

import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ClashMark } from '@/lib/events/clash-marks';

/**
 * The open clashes of the months the timeline holds, by event id (issue 15). A store read per
 * item rather than a context value: when marks come in, only the items whose marks changed
 * re-render, and a pan or zoom step re-renders none (the items stay memoised).
 */
export class ClashMarkStore {
  private marks: ReadonlyMap<number, ClashMark[]> = new Map();
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get(eventId: number): ClashMark[] | undefined {
    return this.marks.get(eventId);
  }

  replace(marks: ReadonlyMap<number, ClashMark[]>): void {
    if (marks === this.marks) return;
    this.marks = marks;
    for (const listener of this.listeners) listener();
  }
}

/** Outside a timeline (or before any marks), nothing is marked. */
export const ClashMarksContext = createContext(new ClashMarkStore());

/** The open clashes of one event on the timeline, or undefined when it has none. */
export function useClashMarks(eventId: number): ClashMark[] | undefined {
  const store = useContext(ClashMarksContext);
  return useSyncExternalStore(store.subscribe, () => store.get(eventId), () => undefined);
}
