/**
 * The account a sign-in names, read from a copy of its body (the auth library reads the original),
 * for counting failures per account. Null when the body names none: the library answers that.
 */
export async function readSignInEmail(request: Request): Promise<string | null> {
  try {
    const body = (await request.clone().json()) as { email?: unknown };
    return typeof body?.email === 'string' && body.email.length <= 320 ? body.email.trim().toLowerCase() : null;
  } catch {
    return null;
  }
}
