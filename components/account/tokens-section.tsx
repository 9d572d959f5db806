'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { adminApi } from '@/lib/client/api-client';
import { FieldError } from '../ui/field-error';
import { fieldsOf, readSubmittedForm, type Fields } from './admin-forms';
import { AdminTable } from './admin-table';
import { RoleField } from './role-field';

/** API tokens: the list with revocation, and a form that makes one and shows it once. */
export function TokensSection() {
  const queryClient = useQueryClient();
  const tokens = useQuery({ queryKey: ['admin', 'tokens'], queryFn: adminApi.tokens });
  const [errors, setErrors] = useState<Fields>({});
  const [newToken, setNewToken] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['admin'] });
  const createToken = useMutation({
    mutationFn: adminApi.createToken,
    onSuccess: (result) => { setErrors({}); setNewToken(result.token); void refresh(); },
    onError: (e) => setErrors(fieldsOf(e)),
  });
  const revokeToken = useMutation({ mutationFn: adminApi.revokeToken, onSettled: refresh });

  function submitToken(event: FormEvent<HTMLFormElement>) {
    const { data, reset } = readSubmittedForm(event);
    createToken.mutate({ name: data.name, role: data.role }, { onSuccess: reset });
  }

  return (
    <section className="admin-section" aria-labelledby="tokens">
      <h2 id="tokens">API tokens</h2>
      <p>For scripts and bulk ingestion: send <code>Authorization: Bearer …</code>. A token is shown once, when it is made.</p>
      {newToken && (
        <p role="status">
          New token (copy it now): <span className="secret">{newToken}</span>
        </p>
      )}
      <AdminTable headings={['Name', 'Role', 'Starts with', 'Last used']}>
        {tokens.data?.tokens.map((token) => (
          <tr key={token.id}>
            <td>{token.name}</td>
            <td>{token.role}</td>
            <td>
              <code>{token.prefix}…</code>
            </td>
            <td>{token.lastUsedAt ?? 'never'}</td>
            <td>
              <button type="button" onClick={() => revokeToken.mutate(token.id)} aria-label={`Revoke token ${token.name}`}>
                Revoke
              </button>
            </td>
          </tr>
        ))}
      </AdminTable>
      <form className="filters" onSubmit={submitToken} aria-label="Create an API token">
        <label>
          Name <input name="name" aria-invalid={Boolean(errors.name)} />
          <FieldError message={errors.name?.[0]} />
        </label>
        <RoleField />
        <button type="submit" disabled={createToken.isPending}>
          Create token
        </button>
      </form>
    </section>
  );
}
