import { IngestView } from '@/components/ingest/ingest-view';
import { requireSignInToRead } from '../_lib/require-sign-in-to-read';

export default async function IngestPage() {
  await requireSignInToRead('/ingest');
  return (
    <>
      <h1>Add events from an article</h1>
      <IngestView />
    </>
  );
}
