'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { memo, useId, useState, type FormEvent } from 'react';
import { fetchNameOptions, nameOptionsKey } from '@/lib/client/filter-name-options';
import { resolveFilterName, splitValues, urlForm, type NameField } from '@/lib/timeline/filter-names';
import { FilterNameField } from './filter-name-field';
import { EVENT_CERTAINTIES, EVENT_KINDS, EVENT_STATUSES } from '@/lib/events/event-record';
import { CERTAINTY_MEANING } from '@/lib/events/certainty-words';
import { formatEventFilter, type EventFilter } from '@/lib/events/event-filter';
import { GROUPINGS, type Grouping } from '@/lib/events/group-events';
import type { ViewMode } from '@/lib/timeline/timeline-url';

const GROUP_LABELS: Record<Grouping, string> = { person: 'Person', country: 'Country', org: 'Organisation', none: 'No grouping' };

const NAME_FIELDS: NameField[] = ['person', 'country', 'org'];
/** Filters chosen by ticking boxes; several travel as one comma-separated parameter. */
const CHECKBOX_FILTERS = ['kind', 'status', 'certainty'] as const;

export const TimelineFilters = memo(function TimelineFilters({ filter, grouping, mode }: { filter: EventFilter; grouping: Grouping; mode: ViewMode }) {
  // The key remounts the form when the URL changes (back button), so its fields show the URL's view.
  const formKey = `${formatEventFilter(filter)}&group=${grouping}`;
  return <FiltersForm key={formKey} filter={filter} grouping={grouping} mode={mode} />;
});

function FiltersForm({ filter, grouping, mode }: { filter: EventFilter; grouping: Grouping; mode: ViewMode }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [names, setNames] = useState<Record<NameField, string>>({ person: filter.person?.join(', ') ?? '', country: filter.country?.join(', ') ?? '', org: filter.org?.join(', ') ?? '' });
  const [errors, setErrors] = useState<Partial<Record<NameField, string>>>({});
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);
  const formId = useId();

  /** Names typed in the person, country and organisation fields, as the URL's slugs and codes. */
  async function resolveNames(): Promise<Record<NameField, string[]> | null> {
    const out: Record<NameField, string[]> = { person: [], country: [], org: [] };
    const found: Partial<Record<NameField, string>> = {};
    for (const field of NAME_FIELDS) {
      for (const typed of splitValues(names[field])) {
        const options = urlForm(field, typed) ? [] : await queryClient.fetchQuery({ queryKey: nameOptionsKey(field, typed), queryFn: () => fetchNameOptions(field, typed), staleTime: 60_000 });
        const result = resolveFilterName(field, typed, options);
        if ('error' in result) found[field] ??= result.error;
        else if (!out[field].includes(result.value)) out[field].push(result.value);
      }
    }
    setErrors(found);
    return Object.keys(found).length ? null : out;
  }

  async function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy(true);
    let resolved: Record<NameField, string[]> | null;
    try {
      resolved = await resolveNames();
    } catch {
      setErrors({ person: 'The names could not be looked up: the server did not answer. Try again.' });
      resolved = null;
    } finally {
      setBusy(false);
    }
    if (!resolved) return;
    const params = new URLSearchParams();
    for (const [key, value] of data.entries()) {
      const text = String(value).trim();
      if (NAME_FIELDS.includes(key as NameField)) continue;
      if (text && !(key === 'group' && text === 'person')) params.append(key, text);
    }
    for (const field of NAME_FIELDS) if (resolved[field].length) params.set(field, resolved[field].join(','));
    // Several checked values travel as one comma-separated parameter, like the API's.
    for (const key of CHECKBOX_FILTERS) {
      const values = params.getAll(key);
      params.delete(key);
      if (values.length) params.set(key, values.join(','));
    }
    router.push(`/?${params.toString()}`);
  }

  const active = NAME_FIELDS.filter((f) => filter[f]?.length).length + CHECKBOX_FILTERS.filter((f) => filter[f]?.length).length + (filter.q ? 1 : 0);
  return (
    <>
      {/* On a phone the filters fold away behind this button, so the events come first. */}
      <button type="button" className="filters-toggle" aria-expanded={open} aria-controls={formId} onClick={() => setOpen((o) => !o)}>
        {open ? 'Hide filters' : `Filters${active ? ` (${active} set)` : ''}`}
      </button>
      <form id={formId} className={`filters${open ? ' open' : ''}`} onSubmit={apply} aria-label="Filter the timeline" noValidate>
        <label>
          From <input type="date" name="from" defaultValue={filter.from} />
        </label>
        <label>
          To <input type="date" name="to" defaultValue={filter.to} />
        </label>
        {NAME_FIELDS.map((field) => (
          <FilterNameField key={field} field={field} value={names[field]} error={errors[field]} onChange={(value) => setNames((n) => ({ ...n, [field]: value }))} />
        ))}
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
        <fieldset>
          <legend>Certainty</legend>
          {EVENT_CERTAINTIES.map((certainty) => (
            <label key={certainty} className="check" title={CERTAINTY_MEANING[certainty]}>
              <input type="checkbox" name="certainty" value={certainty} defaultChecked={filter.certainty?.includes(certainty)} /> {certainty}
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
        <button type="submit" disabled={busy}>
          {busy ? 'Looking up…' : 'Apply'}
        </button>
      </form>
    </>
  );
}
