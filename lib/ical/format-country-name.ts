// English names from ICU: feeds are one language for everyone, and Intl needs no data file.
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
const COUNTRY_CODE = /^[A-Z]{2}$/;

/** True for a well-formed ISO 3166-1 alpha-2 code (what CATEGORIES may carry). */
export function isCountryCode(code: string | null | undefined): code is string {
  return typeof code === 'string' && COUNTRY_CODE.test(code);
}

/** "US" -> "United States"; unknown or malformed codes come back as given (or null). */
export function formatCountryName(code: string | null | undefined): string | null {
  if (!code) return null;
  if (!isCountryCode(code)) return code;
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}
