'use client';

import { useRouter } from 'next/navigation';
import { memo, type FormEvent } from 'react';
import { EVENT_KINDS, EVENT_STATUSES } from '@/lib/events/event-record';
import { formatEventFilter, type EventFilter } from '@/lib/events/event-filter';
import { GROUPINGS, type Grouping } from '@/lib/events/group-events';
import type { ViewMode } from '@/lib/timeline/timeline-url';

const GROUP_LABELS: Record<Grouping, string> = { person: 'Person', country: 'Country', org: 'Organisation', none: 'No grouping' };

export const TimelineFilters = memo(function TimelineFilters({ filter, grouping, mode }: { filter: EventFilter; grouping: Grouping; mode: ViewMode }) {
  const router = useRouter();

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const params = new URLSearchParams();
    for (const [key, value] of data.entries()) {
      const text = String(value).trim();
      if (text && !(key === 'group' && text === 'person')) params.append(key, text);
    }
    // Several checked kinds or statuses travel as one comma-separated parameter, like the API's.
    for (const key of ['kind', 'status']) {
      const values = params.getAll(key);
      params.delete(key);
      if (values.length) params.set(key, values.join(','));
    }
    router.push(`/?${params.toString()}`);
  }

  // The key remounts the form when the URL changes (back button), so its fields show the URL's view.
  const formKey = `${formatEventFilter(filter)}&group=${grouping}`;
  return (
    <form key={formKey} className="filters" onSubmit={apply} aria-label="Filter the timeline">
      <label>
        From <input type="date" name="from" defaultValue={filter.from} />
      </label>
      <label>
        To <input type="date" name="to" defaultValue={filter.to} />
      </label>
      <label>
        Person <input name="person" placeholder="mark-rutte" defaultValue={filter.person?.join(',')} />
      </label>
      <label>
        Country <input name="country" placeholder="US" size={6} defaultValue={filter.country?.join(',')} />
      </label>
      <label>
        Organisation <input name="org" placeholder="nato" defaultValue={filter.org?.join(',')} />
      </label>
      <label>
        Text <input type="search" name="q" defaultValue={filter.q} />
      </label>
      <fieldset>
        <legend>Kind</legend>
        {EVENT_KINDS.map((kind) => (
          <label key={kind} className="check">
            <input type="checkbox" name="kind" value={kind} defaultChecked={filter.kind?.includes(kind)} /> {kind}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Status</legend>
        {EVENT_STATUSES.map((status) => (
          <label key={status} className="check">
            <input type="checkbox" name="status" value={status} defaultChecked={filter.status?.includes(status)} /> {status}
          </label>
        ))}
      </fieldset>
      <label>
        Group by{' '}
        <select name="group" defaultValue={grouping}>
          {GROUPINGS.map((g) => (
            <option key={g} value={g}>
              {GROUP_LABELS[g]}
            </option>
          ))}
        </select>
      </label>
      {mode !== 'timeline' && <input type="hidden" name="view" value={mode} />}
      <button type="submit">Apply</button>
    </form>
  );
});
