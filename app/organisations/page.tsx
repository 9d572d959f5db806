import Link from 'next/link';
import { getDb } from '@/db/client';
import { searchOrganizations } from '@/db/queries/organisations';
import { requireSignInToRead, type PageQuery } from '../_lib/require-sign-in-to-read';

export const dynamic = 'force-dynamic';

/** `/organisations?q=`: every organisation a saved participant represents, searchable by name. */
export default async function OrganisationsIndexPage({ searchParams }: { searchParams: Promise<PageQuery> }) {
  const query = await searchParams;
  await requireSignInToRead('/organisations', query);
  const q = typeof query.q === 'string' ? query.q.slice(0, 200) : '';
  const organisations = searchOrganizations(getDb(), q, 500);
  return (
    <div className="profile">
      <h1>Organisations</h1>
      <form role="search" action="/organisations" className="directory-search">
        <label htmlFor="organisations-q">Find an organisation</label>
        <input id="organisations-q" name="q" type="search" defaultValue={q} placeholder="Name, e.g. NATO" />
        <button type="submit">Search</button>
      </form>
      <p className="count">
        {organisations.length} organisation{organisations.length === 1 ? '' : 's'}
        {q && ` matching “${q}”`}
      </p>
      {organisations.length === 0 ? (
        <p className="muted">No organisation matches.</p>
      ) : (
        <ul className="directory">
          {organisations.map((o) => (
            <li key={o.slug}>
              <Link href={`/organisations/${o.slug}`}>{o.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
