import { Suspense } from 'react';
import { ChangesView } from '@/components/events/changes-view';
import { requireSignInToRead, type PageQuery } from '../_lib/require-sign-in-to-read';

export default async function ChangesPage({ searchParams }: { searchParams: Promise<PageQuery> }) {
  await requireSignInToRead('/changes', await searchParams);
  return (
    <>
      <h1>What changed</h1>
      <Suspense fallback={<p>Loading…</p>}>
        <ChangesView />
      </Suspense>
    </>
  );
}
