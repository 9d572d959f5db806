'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useCanEdit } from '@/components/account/use-can-edit';
import type { ClashDismissalJson } from '@/lib/events/clash-dismissals';
import { NotAClashAction } from './not-a-clash-action';
import { UndoDismissalButton } from './undo-dismissal-button';

interface DismissableClashProps {
  /** the two events, as listed */
  a: number;
  b: number;
  /** the id of the entry's heading, which names the clash */
  headingId: string;
  /** the clash in words, for the note that replaces it */
  summary: string;
  /** the server-rendered entry: who, and the two events */
  children: ReactNode;
}

/**
 * One entry of /clashes with its "Not a clash" action for editors. Once dismissed, the entry
 * leaves the list, replaced by a note with an undo until the page is next loaded.
 */
export function DismissableClash({ a, b, headingId, summary, children }: DismissableClashProps) {
  const canEdit = useCanEdit();
  const [dismissal, setDismissal] = useState<ClashDismissalJson | null>(null);
  const noteRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (dismissal) noteRef.current?.focus();
  }, [dismissal]);

  if (dismissal) {
    return (
      <li className="clash-entry dismissed">
        <p ref={noteRef} tabIndex={-1} role="status">
          Marked not a clash: {summary}
          {dismissal.reason && <> — “{dismissal.reason}”</>}.{' '}
          <UndoDismissalButton a={a} b={b} otherTitle={summary} onUndone={() => setDismissal(null)} />
        </p>
      </li>
    );
  }
  return (
    <li className="clash-entry">
      {children}
      {canEdit && <NotAClashAction a={a} b={b} describedBy={headingId} onDismissed={setDismissal} />}
    </li>
  );
}
