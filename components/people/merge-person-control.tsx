'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ApiError, fetchPersonSummary, mergePersonInto } from '@/lib/client/api-client';
import { fetchNameOptions, nameOptionsKey } from '@/lib/client/filter-name-options';
import { resolveFilterName, urlForm } from '@/lib/timeline/filter-names';
import { useCanEdit } from '../account/use-can-edit';
import { FilterNameField } from '../timeline/filter-name-field';

interface Target {
  slug: string;
  name: string;
  events: number;
}

type Stage = { step: 'closed' } | { step: 'choose' } | { step: 'confirm'; target: Target };

const plural = (n: number) => `${n} event${n === 1 ? '' : 's'}`;

/**
 * "Merge into…" on a person page (issue 15), for editors: the same person saved twice is merged
 * into the other. A button first; then a person field with suggestions as one types; then a
 * confirmation that says what moves, since a merge is not undone.
 */
export function MergePersonControl({ person, events }: { person: { slug: string; name: string }; events: number }) {
  const canEdit = useCanEdit();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [stage, setStage] = useState<Stage>({ step: 'closed' });
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const explainId = useId();

  const mutation = useMutation({
    mutationFn: (target: Target) => mergePersonInto(person.slug, target.slug),
    onSuccess: ({ location, merge }) => {
      void queryClient.invalidateQueries();
      router.push(`${location}?merged=${encodeURIComponent(merge.from.slug)}`);
    },
    onError: (e) => {
      // A target the server refuses is the field's to say; anything else stays on the confirmation.
      if (e instanceof ApiError && e.fields.into?.length) {
        setStage({ step: 'choose' });
        setError(e.fields.into[0]);
        return;
      }
      setError(e instanceof Error ? e.message : String(e));
    },
  });

  // Focus follows the step: the field when choosing, the merge button when confirming, the opener when closed again.
  useEffect(() => {
    if (stage.step === 'choose') fieldRef.current?.focus();
    else if (stage.step === 'confirm') confirmRef.current?.focus();
    else if (wasOpen.current) openerRef.current?.focus();
    wasOpen.current = stage.step !== 'closed';
  }, [stage.step]);

  if (!canEdit) return null;

  function close() {
    setStage({ step: 'closed' });
    setError(null);
  }

  async function choose(formEvent: FormEvent<HTMLFormElement>) {
    formEvent.preventDefault();
    setError(null);
    const text = typed.trim();
    if (!text) return setError('Choose the person to merge into');
    setBusy(true);
    try {
      const options = urlForm('person', text) ? [] : await queryClient.fetchQuery({ queryKey: nameOptionsKey('person', text), queryFn: () => fetchNameOptions('person', text), staleTime: 60_000 });
      const resolved = resolveFilterName('person', text, options);
      if ('error' in resolved) return setError(resolved.error);
      const target = await fetchPersonSummary(resolved.value).catch((e) => {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      });
      if (!target) return setError(`Nobody saved is called “${text}”: pick a saved person from the list as you type`);
      if (target.slug === person.slug) return setError(`Choose someone else: ${person.name} cannot be merged into themselves`);
      setStage({ step: 'confirm', target });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  if (stage.step === 'closed') {
    return (
      <p className="merge-person-open">
        <button type="button" ref={openerRef} onClick={() => setStage({ step: 'choose' })}>
          Merge into…
        </button>{' '}
        <span className="muted">if {person.name} is also saved under another name</span>
      </p>
    );
  }

  if (stage.step === 'choose') {
    return (
      <form className="merge-person" aria-label={`Merge ${person.name} into another person`} onSubmit={choose} onKeyDown={(e) => e.key === 'Escape' && close()} noValidate>
        <p className="muted">
          Choose the person {person.name} is the same as. {person.name}&rsquo;s events, offices and other spellings will move to them.
        </p>
        <FilterNameField field="person" label="Merge into" value={typed} error={error ?? undefined} inputRef={fieldRef} onChange={(value) => { setTyped(value); setError(null); }} />
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? 'Looking up…' : 'Continue'}
          </button>{' '}
          <button type="button" onClick={close}>
            Cancel
          </button>
        </div>
      </form>
    );
  }

  const { target } = stage;
  return (
    <div className="merge-person" role="group" aria-label={`Confirm merging ${person.name} into ${target.name}`} onKeyDown={(e) => e.key === 'Escape' && !mutation.isPending && close()}>
      <p id={explainId}>
        <strong>
          Merge {person.name} into {target.name}?
        </strong>{' '}
        {person.name}&rsquo;s {plural(events)} and offices move to {target.name}, who has {plural(target.events)} (an event with both keeps one). &ldquo;{person.name}&rdquo; becomes another spelling of {target.name}, and this page and its feed lead there from now on. Each changed event gets a new version. A merge cannot be undone.
      </p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" ref={confirmRef} aria-describedby={explainId} disabled={mutation.isPending} onClick={() => { setError(null); mutation.mutate(target); }}>
          {mutation.isPending ? 'Merging…' : `Merge into ${target.name}`}
        </button>{' '}
        <button type="button" disabled={mutation.isPending} onClick={() => { setError(null); setStage({ step: 'choose' }); }}>
          Back
        </button>
      </div>
    </div>
  );
}
