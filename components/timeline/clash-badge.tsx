'use client';

import { describeClashMarks } from '@/lib/events/clash-marks';
import { useClashMarks } from './clash-mark-store';

/** The agenda's clash mark: a short word beside the status, with the other events for screen readers and the tooltip. */
export function ClashBadge({ eventId }: { eventId: number }) {
  const clashes = useClashMarks(eventId);
  if (!clashes) return null;
  const words = describeClashMarks(clashes);
  return (
    <span className="clash-badge" title={words}>
      <span aria-hidden="true">⚠ </span>Clash<span className="visually-hidden">: {words}</span>
    </span>
  );
}
