import { Suspense } from 'react';
import { ChangesView } from '@/components/events/changes-view';

export default function ChangesPage() {
  return (
    <>
      <h1>What changed</h1>
      <Suspense fallback={<p>Loading…</p>}>
        <ChangesView />
      </Suspense>
    </>
  );
}
