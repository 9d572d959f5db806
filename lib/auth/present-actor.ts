/**
 * How a revision's author is shown to someone who may not see e-mail addresses: an account's
 * display name instead of its address ("user:ann@example.org" -> "user:Ann Example"). Tokens are
 * named by admins and shown as they are.
 */
export function hideActorEmail(label: string, displayNames: ReadonlyMap<string, string>): string {
  if (!label.startsWith('user:')) return label;
  const name = displayNames.get(label.slice('user:'.length).toLowerCase());
  return `user:${name ?? 'a former account'}`;
}

/** An author in a sentence ("marked by …"): the account's name, or what kind of author it was. */
export function nameActor(label: string): string {
  if (label.startsWith('user:')) return label.slice('user:'.length);
  if (label.startsWith('token:')) return `API token “${label.slice('token:'.length)}”`;
  return label === 'anonymous' ? 'someone without an account' : label;
}
