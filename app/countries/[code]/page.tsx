import { notFound, redirect } from 'next/navigation';
import { CountryView } from '@/components/countries/country-view';
import { readCountryPage } from '../../_lib/read-profiles';
import { requireSignInToRead } from '../../_lib/require-sign-in-to-read';

export const dynamic = 'force-dynamic';

export default async function CountryPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  // "/countries/fr" is France's page under its one address.
  if (/^[a-z]{2}$/i.test(code) && code !== code.toUpperCase()) redirect(`/countries/${code.toUpperCase()}`);
  await requireSignInToRead(`/countries/${encodeURIComponent(code)}`);
  const page = readCountryPage(code);
  if (!page) notFound();
  return <CountryView code={page.code} name={page.name} profile={page.profile} />;
}
