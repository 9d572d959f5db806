export const ROLES = ['viewer', 'editor', 'admin'] as const;

/** The role of a new account or token, editor unless chosen otherwise. */
export function RoleField() {
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
