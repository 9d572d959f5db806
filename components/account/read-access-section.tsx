'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { adminApi } from '@/lib/client/api-client';

const ACCESS_CHOICES = ['signed-in', 'public'] as const;

/** Whether reading needs an account. Every cached answer may change with it, so all are refetched. */
export function ReadAccessSection() {
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: ['admin', 'settings'], queryFn: adminApi.settings });
  const setReadAccess = useMutation({ mutationFn: adminApi.setReadAccess, onSettled: () => queryClient.invalidateQueries() });
  return (
    <section className="admin-section" aria-labelledby="reading">
      <h2 id="reading">Who can read</h2>
      <fieldset className="draft-action">
        <legend className="visually-hidden">Reading</legend>
        {ACCESS_CHOICES.map((access) => (
          <label key={access} className="check">
            <input type="radio" name="read-access" checked={settings.data?.readAccess === access} onChange={() => setReadAccess.mutate(access)} />{' '}
            {access === 'public' ? 'Anyone (public timeline and feeds)' : 'Signed-in users only (feeds with a personal key)'}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
