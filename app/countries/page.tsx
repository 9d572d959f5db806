import Link from 'next/link';
import { getDb } from '@/db/client';
import { listCountriesWithCounts } from '@/db/queries/directory';
import { formatCountryName } from '@/lib/events/countries';
import { DirectoryIndex } from '@/components/ui/directory-index';
import { requireSignInToRead, type PageQuery } from '../_lib/require-sign-in-to-read';

export const dynamic = 'force-dynamic';

/** `/countries?q=`: every country with events, as host or represented, searchable by name or code. */
export default async function CountriesIndexPage({ searchParams }: { searchParams: Promise<PageQuery> }) {
  const query = await searchParams;
  await requireSignInToRead('/countries', query);
  const q = typeof query.q === 'string' ? query.q.trim().slice(0, 200) : '';
  const needle = q.toLowerCase();
  const countries = listCountriesWithCounts(getDb())
    .map((c) => ({ ...c, name: formatCountryName(c.code) ?? c.code }))
    .filter((c) => !needle || c.name.toLowerCase().includes(needle) || c.code.toLowerCase() === needle);
  return (
    <DirectoryIndex title="Countries" action="/countries" label="Find a country" placeholder="Name or code" q={q} count={countries.length} noun={['country', 'countries']} empty="No country with events matches.">
      {countries.map((c) => (
        <li key={c.code}>
          <Link href={`/countries/${c.code}`}>{c.name}</Link>{' '}
          <span className="muted">
            {c.hosted} hosted, {c.represented} with its people
          </span>
        </li>
      ))}
    </DirectoryIndex>
  );
}
