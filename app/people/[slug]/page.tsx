import { notFound, permanentRedirect } from 'next/navigation';
import { PersonView } from '@/components/people/person-view';
import { readMergedName, readMergedPerson, readPersonPage } from '../../_lib/read-profiles';
import { requireSignInToRead, type PageQuery } from '../../_lib/require-sign-in-to-read';

export const dynamic = 'force-dynamic';

export default async function PersonPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<PageQuery> }) {
  const { slug } = await params;
  const query = await searchParams;
  await requireSignInToRead(`/people/${encodeURIComponent(slug)}`, query);
  const page = readPersonPage(slug);
  if (!page) {
    // A person merged into another (issue 15): the old address leads to them for good (308).
    const merged = readMergedPerson(slug);
    if (merged) permanentRedirect(`/people/${encodeURIComponent(merged.slug)}`);
    notFound();
  }
  const mergedName = readMergedName(page.person, typeof query.merged === 'string' ? query.merged : undefined);
  return <PersonView person={page.person} profile={page.profile} mergedName={mergedName} />;
}
