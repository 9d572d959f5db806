import Link from 'next/link';
import { getDb } from '@/db/client';
import { listPeopleWithCounts } from '@/db/queries/directory';
import { requireSignInToRead, type PageQuery } from '../_lib/require-sign-in-to-read';

export const dynamic = 'force-dynamic';

/** `/people?q=`: everyone saved, most active first, searchable by name or other spelling. */
export default async function PeopleIndexPage({ searchParams }: { searchParams: Promise<PageQuery> }) {
  const query = await searchParams;
  await requireSignInToRead('/people', query);
  const q = typeof query.q === 'string' ? query.q.slice(0, 200) : '';
  const people = listPeopleWithCounts(getDb(), q);
  return (
    <div className="profile">
      <h1>People</h1>
      <form role="search" action="/people" className="directory-search">
        <label htmlFor="people-q">Find a person</label>
        <input id="people-q" name="q" type="search" defaultValue={q} placeholder="Name or other spelling" />
        <button type="submit">Search</button>
      </form>
      <p className="count">
        {people.length} {people.length === 1 ? 'person' : 'people'}
        {q && ` matching “${q}”`}
      </p>
      {people.length === 0 ? (
        <p className="muted">Nobody saved matches that name.</p>
      ) : (
        <ul className="directory">
          {people.map((p) => (
            <li key={p.slug}>
              <Link href={`/people/${p.slug}`}>{p.name}</Link>{' '}
              <span className="muted">
                {p.events} event{p.events === 1 ? '' : 's'}
                {p.lastDate && `, last ${p.lastDate}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
