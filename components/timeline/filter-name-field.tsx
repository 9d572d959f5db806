'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, type Ref } from 'react';
import { fetchNameOptions, nameOptionsKey } from '@/lib/client/filter-name-options';
import { splitValues, type NameField } from '@/lib/timeline/filter-names';

const LABELS: Record<NameField, string> = { person: 'Person', country: 'Country', org: 'Organisation' };
const PLACEHOLDERS: Record<NameField, string> = { person: 'Mark Rutte', country: 'United States', org: 'NATO' };

/**
 * A person, country or organisation filter that takes names (several, comma-separated) and
 * suggests saved and known ones as the analyst types the last of them.
 */
export function FilterNameField({ field, value, error, onChange, label, inputRef }: { field: NameField; value: string; error?: string; onChange: (value: string) => void; label?: string; inputRef?: Ref<HTMLInputElement> }) {
  const listId = useId();
  const errorId = useId();
  const last = useDeferredValue(splitValues(value.endsWith(',') ? '' : value).at(-1) ?? '');
  const options =
    useQuery({
      queryKey: nameOptionsKey(field, last),
      queryFn: () => fetchNameOptions(field, last),
      enabled: last.length >= 2,
      staleTime: 5 * 60_000,
      placeholderData: keepPreviousData,
    }).data ?? [];
  // Each suggestion completes the last value, keeping the ones typed before it.
  const head = value.includes(',') ? value.slice(0, value.lastIndexOf(',') + 1) + ' ' : '';
  return (
    <div className="name-filter">
      <label>
        {label ?? LABELS[field]}{' '}
        <input
          ref={inputRef}
          name={field}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          placeholder={PLACEHOLDERS[field]}
          list={listId}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
      </label>
      <datalist id={listId}>
        {options.map((o) => (
          <option key={o.value} value={head + o.label} />
        ))}
      </datalist>
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
