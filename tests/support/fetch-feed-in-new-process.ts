/**
 * Run in a child process (a server restarted on the same files): answers one feed request through
 * the real route handler and prints `{ status, renders, body }` as JSON, where `renders` counts the
 * VEVENTs ical-generator wrote in this process. DATABASE_PATH names the database.
 * Usage: tsx tests/support/fetch-feed-in-new-process.ts /feeds/all.ics?past=3650
 */
import { GET as allFeed } from '../../app/feeds/all.ics/route';
import { GET as personFeed } from '../../app/feeds/person/[file]/route';
import { countVeventRenders } from '../../lib/ical/render-vevent';

async function main(): Promise<void> {
  const target = process.argv[2] ?? '/feeds/all.ics';
  const request = new Request(`http://summitry.test${target}`);
  const person = /^\/feeds\/person\/([^/?]+)/.exec(target);
  const response = person ? await personFeed(request, { params: Promise.resolve({ file: person[1] }) }) : await allFeed(request);
  process.stdout.write(JSON.stringify({ status: response.status, renders: countVeventRenders(), body: await response.text() }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
