/** The sign-in page, asked to bring the visitor back to `path`, with its query, afterwards. */
export function buildSignInPath(path: string, query: Record<string, string | string[] | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of [value].flat()) if (item !== undefined) params.append(key, item);
  }
  const search = params.toString();
  return `/sign-in?next=${encodeURIComponent(search ? `${path}?${search}` : path)}`;
}
