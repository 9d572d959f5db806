/**
 * Where to go after signing in: `next` only when it resolves, as the browser itself would resolve
 * it (URL: "/\evil.example" and "/<tab>/evil.example" are other hosts), to a path on our own origin;
 * otherwise the home page.
 */
export function resolveSameOriginPath(next: string | null, origin: string): string {
  if (!next) return '/';
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return '/';
  }
  if (url.origin !== origin) return '/';
  // "/.//evil.example" normalises to the path "//evil.example", which a router reads as a host.
  const path = url.pathname.replace(/^\/{2,}/, '/');
  return `${path}${url.search}${url.hash}`;
}
