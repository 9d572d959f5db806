import Link from 'next/link';
import { getDb } from '@/db/client';
import { searchOrganizations } from '@/db/queries/organisations';
import { DirectoryIndex } from '@/components/ui/directory-index';
import { requireSignInToRead, type PageQuery } from '../_lib/require-sign-in-to-read';

export const dynamic = 'force-dynamic';

/** `/organisations?q=`: every organisation a saved participant represents, searchable by name. */
export default async function OrganisationsIndexPage({ searchParams }: { searchParams: Promise<PageQuery> }) {
  const query = await searchParams;
  await requireSignInToRead('/organisations', query);
  const q = typeof query.q === 'string' ? query.q.slice(0, 200) : '';
  const organisations = searchOrganizations(getDb(), q, 500);
  return (
    <DirectoryIndex title="Organisations" action="/organisations" label="Find an organisation" placeholder="Name, e.g. NATO" q={q} count={organisations.length} noun={['organisation', 'organisations']} empty="No organisation matches.">
      {organisations.map((o) => (
        <li key={o.slug}>
          <Link href={`/organisations/${o.slug}`}>{o.name}</Link>
        </li>
      ))}
    </DirectoryIndex>
  );
}
