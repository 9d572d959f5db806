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
