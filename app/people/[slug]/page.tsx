import { notFound } from 'next/navigation';
import { PersonView } from '@/components/people/person-view';
import { readPersonPage } from '../../_lib/read-profiles';
import { requireSignInToRead } from '../../_lib/require-sign-in-to-read';

export const dynamic = 'force-dynamic';

export default async function PersonPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireSignInToRead(`/people/${encodeURIComponent(slug)}`);
  const page = readPersonPage(slug);
  if (!page) notFound();
  return <PersonView person={page.person} profile={page.profile} />;
}
