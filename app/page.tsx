import { Suspense } from 'react';
import { TimelineView } from '@/components/timeline/timeline-view';
import { requireSignInToRead, type PageQuery } from './_lib/require-sign-in-to-read';
import './timeline.css';

export default async function TimelinePage({ searchParams }: { searchParams: Promise<PageQuery> }) {
  await requireSignInToRead('/', await searchParams);
  return (
    <div className="timeline-page">
      <h1>Timeline</h1>
      <Suspense fallback={<p>Loading the timeline…</p>}>
        <TimelineView />
      </Suspense>
    </div>
  );
}
