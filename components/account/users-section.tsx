'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { adminApi, type AdminUserJson } from '@/lib/client/api-client';
import { FieldError } from '../ui/field-error';
import { fieldsOf, readSubmittedForm, type Fields } from './admin-forms';
import { AdminTable } from './admin-table';
import { RoleField, ROLES } from './role-field';

/** The accounts: each one's role (changed in place) and deletion, and a form to add one. */
export function UsersSection({ users }: { users: AdminUserJson[] | undefined }) {
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<Fields>({});
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['admin'] });
  const createUser = useMutation({ mutationFn: adminApi.createUser, onSuccess: () => { setErrors({}); void refresh(); }, onError: (e) => setErrors(fieldsOf(e)) });
  const setRole = useMutation({ mutationFn: ({ id, role }: { id: string; role: string }) => adminApi.setRole(id, role), onSettled: refresh, onError: (e) => setErrors(fieldsOf(e)) });
  const deleteUser = useMutation({ mutationFn: adminApi.deleteUser, onSuccess: () => setErrors({}), onSettled: refresh, onError: (e) => setErrors(fieldsOf(e)) });
  const confirmDelete = (email: string, id: string) => {
    if (window.confirm(`Delete the account of ${email}? Its sessions end and its private feeds stop working.`)) deleteUser.mutate(id);
  };

  function submitUser(event: FormEvent<HTMLFormElement>) {
    const { data, reset } = readSubmittedForm(event);
    createUser.mutate({ email: data.email, password: data.password, role: data.role, name: data.name || undefined }, { onSuccess: reset });
  }

  return (
    <section className="admin-section" aria-labelledby="users">
      <h2 id="users">Users</h2>
      {errors._form && <p role="alert" className="field-error">{errors._form[0]}</p>}
      <AdminTable headings={['Email', 'Name', 'Role']}>
        {users?.map((user) => (
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
      </AdminTable>
      <form className="filters" onSubmit={submitUser} aria-label="Add a user">
        <label>
          Email <input name="email" type="email" autoComplete="off" aria-invalid={Boolean(errors.email)} />
          <FieldError message={errors.email?.[0]} />
        </label>
        <label>
          Name <input name="name" autoComplete="off" />
        </label>
        <label>
          Password <input name="password" type="password" autoComplete="new-password" aria-invalid={Boolean(errors.password)} />
          <FieldError message={errors.password?.[0]} />
        </label>
        <RoleField />
        <button type="submit" disabled={createUser.isPending}>
          Add user
        </button>
      </form>
    </section>
  );
}
