/**
 * Whether the session cookie is `Secure` (and `__Secure-` prefixed): by PUBLIC_URL's scheme when
 * it is set, otherwise by the scheme the request came over (X-Forwarded-Proto, which lib/server
 * sets from the socket unless a trusted proxy sent it). A Secure cookie sent over plain http is
 * dropped by the browser, and the sign-in silently does not stick.
 */
export function usesSecureCookies(publicUrl: string | undefined, request?: Request): boolean {
  if (publicUrl) return publicUrl.startsWith('https:');
  if (!request) return false;
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0].trim();
  if (forwarded) return forwarded === 'https';
  return new URL(request.url).protocol === 'https:';
}
