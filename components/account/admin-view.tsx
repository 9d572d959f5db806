'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { adminApi, ApiError } from '@/lib/client/api-client';
import { FieldError } from '../ui/field-error';

const ROLES = ['viewer', 'editor', 'admin'] as const;
type Fields = Record<string, string[]>;

function fieldsOf(error: unknown): Fields {
  return error instanceof ApiError ? { ...error.fields, _form: [error.message] } : { _form: [String(error)] };
}

/** The role of a new account or token, editor unless chosen otherwise. */
function RoleField() {
  return (
    <label>
      Role{' '}
      <select name="role" defaultValue="editor">
        {ROLES.map((role) => (
          <option key={role}>{role}</option>
        ))}
      </select>
    </label>
  );
}

export function AdminView() {
  const queryClient = useQueryClient();
  const users = useQuery({ queryKey: ['admin', 'users'], queryFn: adminApi.users });
  const tokens = useQuery({ queryKey: ['admin', 'tokens'], queryFn: adminApi.tokens });
  const settings = useQuery({ queryKey: ['admin', 'settings'], queryFn: adminApi.settings });
  const [userErrors, setUserErrors] = useState<Fields>({});
  const [tokenErrors, setTokenErrors] = useState<Fields>({});
  const [newToken, setNewToken] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['admin'] });

  const createUser = useMutation({ mutationFn: adminApi.createUser, onSuccess: () => { setUserErrors({}); void refresh(); }, onError: (e) => setUserErrors(fieldsOf(e)) });
  const setRole = useMutation({ mutationFn: ({ id, role }: { id: string; role: string }) => adminApi.setRole(id, role), onSettled: refresh, onError: (e) => setUserErrors(fieldsOf(e)) });
  const deleteUser = useMutation({ mutationFn: adminApi.deleteUser, onSuccess: () => setUserErrors({}), onSettled: refresh, onError: (e) => setUserErrors(fieldsOf(e)) });
  const confirmDelete = (email: string, id: string) => {
    if (window.confirm(`Delete the account of ${email}? Its sessions end and its private feeds stop working.`)) deleteUser.mutate(id);
  };
  const createToken = useMutation({
    mutationFn: adminApi.createToken,
    onSuccess: (result) => { setTokenErrors({}); setNewToken(result.token); void refresh(); },
    onError: (e) => setTokenErrors(fieldsOf(e)),
  });
  const revokeToken = useMutation({ mutationFn: adminApi.revokeToken, onSettled: refresh });
  const setReadAccess = useMutation({ mutationFn: adminApi.setReadAccess, onSettled: () => queryClient.invalidateQueries() });

  if (users.isError) return <p role="alert" className="error-summary">{users.error.message}</p>;

  function submitUser(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = Object.fromEntries(new FormData(form)) as Record<string, string>;
    createUser.mutate({ email: data.email, password: data.password, role: data.role, name: data.name || undefined }, { onSuccess: () => form.reset() });
  }

  function submitToken(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = Object.fromEntries(new FormData(form)) as Record<string, string>;
    createToken.mutate({ name: data.name, role: data.role }, { onSuccess: () => form.reset() });
  }

  return (
    <>
      <section className="admin-section" aria-labelledby="reading">
        <h2 id="reading">Who can read</h2>
        <fieldset className="draft-action">
          <legend className="visually-hidden">Reading</legend>
          {(['signed-in', 'public'] as const).map((access) => (
            <label key={access} className="check">
              <input type="radio" name="read-access" checked={settings.data?.readAccess === access} onChange={() => setReadAccess.mutate(access)} />{' '}
              {access === 'public' ? 'Anyone (public timeline and feeds)' : 'Signed-in users only (feeds with a personal key)'}
            </label>
          ))}
        </fieldset>
      </section>

      <section className="admin-section" aria-labelledby="users">
        <h2 id="users">Users</h2>
        {userErrors._form && <p role="alert" className="field-error">{userErrors._form[0]}</p>}
        <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {users.data?.users.map((user) => (
              <tr key={user.id}>
                <td>{user.email}</td>
                <td>{user.name}</td>
                <td>
                  <select aria-label={`Role of ${user.email}`} value={user.role} onChange={(e) => setRole.mutate({ id: user.id, role: e.target.value })}>
                    {ROLES.map((role) => (
                      <option key={role}>{role}</option>
                    ))}
                  </select>
                </td>
                <td>
                  <button type="button" onClick={() => confirmDelete(user.email, user.id)} aria-label={`Delete the account of ${user.email}`}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
        <form className="filters" onSubmit={submitUser} aria-label="Add a user">
          <label>
            Email <input name="email" type="email" autoComplete="off" aria-invalid={Boolean(userErrors.email)} />
            <FieldError message={userErrors.email?.[0]} />
          </label>
          <label>
            Name <input name="name" autoComplete="off" />
          </label>
          <label>
            Password <input name="password" type="password" autoComplete="new-password" aria-invalid={Boolean(userErrors.password)} />
            <FieldError message={userErrors.password?.[0]} />
          </label>
          <RoleField />
          <button type="submit" disabled={createUser.isPending}>
            Add user
          </button>
        </form>
      </section>

      <section className="admin-section" aria-labelledby="tokens">
        <h2 id="tokens">API tokens</h2>
        <p>For scripts and bulk ingestion: send <code>Authorization: Bearer …</code>. A token is shown once, when it is made.</p>
        {newToken && (
          <p role="status">
            New token (copy it now): <span className="secret">{newToken}</span>
          </p>
        )}
        <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Starts with</th>
              <th scope="col">Last used</th>
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
        </div>
        <form className="filters" onSubmit={submitToken} aria-label="Create an API token">
          <label>
            Name <input name="name" aria-invalid={Boolean(tokenErrors.name)} />
            <FieldError message={tokenErrors.name?.[0]} />
          </label>
          <RoleField />
          <button type="submit" disabled={createToken.isPending}>
            Create token
          </button>
        </form>
      </section>
    </>
  );
}
