import { Suspense } from 'react';
import { TimelineView } from '@/components/timeline/timeline-view';
import './timeline.css';

export default function TimelinePage() {
  return (
    <div className="timeline-page">
      <h1>Timeline</h1>
      <Suspense fallback={<p>Loading the timeline…</p>}>
        <TimelineView />
      </Suspense>
    </div>
  );
}
