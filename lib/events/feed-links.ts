/** The three ways a calendar app subscribes to a feed path such as /feeds/all.ics. */
export function buildFeedLinks(origin: string, path: string): { https: string; webcal: string; google: string } {
  const https = `${origin}${path}`;
  const webcal = https.replace(/^https?:\/\//, 'webcal://');
  return {
    https,
    webcal,
    // Google Calendar's "add by URL" takes the webcal address as its cid parameter.
    google: `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`,
  };
}

/**
 * A feed path carrying a personal feed key: calendar apps cannot sign in, so when reading needs
 * an account the key in the address is how they read.
 */
export function withFeedKey(path: string, key: string | null): string {
  if (!key) return path;
  return `${path}${path.includes('?') ? '&' : '?'}key=${encodeURIComponent(key)}`;
}
