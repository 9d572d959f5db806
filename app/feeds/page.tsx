import { getDb } from '@/db/client';
import { FeedKey } from '@/components/feeds/feed-key';
import { listFeedDirectory } from '@/db/queries/feed-tokens';
import { formatCountryName } from '@/lib/events/countries';
import { formatEventFilter, parseEventFilter } from '@/lib/events/event-filter';
import { slugify } from '@/lib/events/slug';
import { FeedLinks } from '@/components/feeds/feed-links';
import { PrivateFeeds } from '@/components/feeds/private-feeds';
import { FeedSection } from '@/components/feeds/feed-section';
import { requireSignInToRead, type PageQuery } from '../_lib/require-sign-in-to-read';

export const dynamic = 'force-dynamic';

export default async function FeedsPage({ searchParams }: { searchParams: Promise<PageQuery> }) {
  const query = await searchParams;
  await requireSignInToRead('/feeds', query);
  const directory = listFeedDirectory(getDb());
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (typeof value === 'string') params.set(key, value);
  const parsed = parseEventFilter(params);
  const initialFilter = parsed.success ? formatEventFilter(parsed.data).toString() : '';
  return (
    <>
      <h1>Calendar feeds</h1>
      <p>
        Subscribe in Google Calendar, Outlook or Apple Calendar. Feeds carry the past 90 days and everything ahead; add{' '}
        <code>?past=365</code> for more history.
      </p>
      <FeedKey />
      <section aria-labelledby="all-feed">
        <h2 id="all-feed">Everything</h2>
        <p>
          All events <FeedLinks path="/feeds/all.ics" label="All events" />
        </p>
      </section>
      <PrivateFeeds initialFilter={initialFilter} />
      <FeedSection
        id="people-feeds"
        title="People"
        feeds={directory.people.map((person) => ({ label: person.name, path: `/feeds/person/${person.slug}.ics` }))}
      />
      <FeedSection
        id="country-feeds"
        title="Countries"
        feeds={directory.countries.map((code) => ({ label: formatCountryName(code) ?? code, path: `/feeds/country/${code}.ics` }))}
      />
      <FeedSection
        id="org-feeds"
        title="Organisations"
        feeds={directory.organizations.map((name) => ({ label: name, path: `/feeds/org/${slugify(name)}.ics` }))}
      />
    </>
  );
}
