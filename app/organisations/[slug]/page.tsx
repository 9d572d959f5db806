import { notFound } from 'next/navigation';
import { OrganisationView } from '@/components/organisations/organisation-view';
import { readOrganisationPage } from '../../_lib/read-profiles';
import { requireSignInToRead } from '../../_lib/require-sign-in-to-read';

export const dynamic = 'force-dynamic';

export default async function OrganisationPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireSignInToRead(`/organisations/${encodeURIComponent(slug)}`);
  const page = readOrganisationPage(slug);
  if (!page) notFound();
  return <OrganisationView name={page.name} slug={page.slug} profile={page.profile} />;
}
