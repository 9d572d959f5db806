import Link from 'next/link';
import { getDb } from '@/db/client';
import { listPeopleWithCounts } from '@/db/queries/directory';
import { DirectoryIndex } from '@/components/ui/directory-index';
import { requireSignInToRead, type PageQuery } from '../_lib/require-sign-in-to-read';

export const dynamic = 'force-dynamic';

/** `/people?q=`: everyone saved, most active first, searchable by name or other spelling. */
export default async function PeopleIndexPage({ searchParams }: { searchParams: Promise<PageQuery> }) {
  const query = await searchParams;
  await requireSignInToRead('/people', query);
  const q = typeof query.q === 'string' ? query.q.slice(0, 200) : '';
  const people = listPeopleWithCounts(getDb(), q);
  return (
    <DirectoryIndex title="People" action="/people" label="Find a person" placeholder="Name or other spelling" q={q} count={people.length} noun={['person', 'people']} empty="Nobody saved matches that name.">
      {people.map((p) => (
        <li key={p.slug}>
          <Link href={`/people/${p.slug}`}>{p.name}</Link>{' '}
          <span className="muted">
            {p.events} event{p.events === 1 ? '' : 's'}
            {p.lastDate && `, last ${p.lastDate}`}
          </span>
        </li>
      ))}
    </DirectoryIndex>
  );
}
