const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

// Codes Intl names that are not countries: unknown, supranational, and user-assigned ranges
// (XK, Kosovo, is the one user-assigned code in common use).
const NOT_COUNTRIES = /^(ZZ|EU|EZ|UN|QO|AA|Q[M-Z]|X[A-JL-Z])$/;

/** True for an assigned ISO 3166-1 alpha-2 code (Intl echoes unknown codes back). */
export function isCountryCode(code: string | null | undefined): code is string {
  if (typeof code !== 'string' || !/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.test(code)) return false;
  try {
    const name = regionNames.of(code);
    return Boolean(name) && name !== code;
  } catch {
    return false;
  }
}

export function formatCountryName(code: string | null | undefined): string | null {
  if (!code) return null;
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}
