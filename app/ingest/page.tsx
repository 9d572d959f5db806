import { IngestView } from '@/components/ingest/ingest-view';

export default function IngestPage() {
  return (
    <>
      <h1>Add events from an article</h1>
      <IngestView />
    </>
  );
}
