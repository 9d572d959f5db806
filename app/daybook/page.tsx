import { getDb } from '@/db/client';
import { listEvents } from '@/db/queries/events';
import { DaybookView } from '@/components/daybook/daybook-view';
import { buildDaybook, daybookFilter, parseDaybookQuery } from '@/lib/events/daybook';
import { nowUtcIso } from '@/lib/time/zones';
import { requireSignInToRead, type PageQuery } from '../_lib/require-sign-in-to-read';

export const dynamic = 'force-dynamic';

/** `/daybook?date=2026-04-08&days=1` plus the timeline's filters: a printable diary of those days. */
export default async function DaybookPage({ searchParams }: { searchParams: Promise<PageQuery> }) {
  const query = await searchParams;
  await requireSignInToRead('/daybook', query);
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (typeof value === 'string') params.set(key, value);
  const parsed = parseDaybookQuery(params, nowUtcIso().slice(0, 10));
  if (!parsed.success) {
    return (
      <>
        <h1>Daybook</h1>
        <div role="alert" className="error-summary">
          <p>This daybook cannot be shown:</p>
          <ul>
            {parsed.issues.map((issue) => (
              <li key={`${issue.path.join('.')}-${issue.message}`}>{issue.message}</li>
            ))}
          </ul>
        </div>
      </>
    );
  }
  const events = listEvents(getDb(), daybookFilter(parsed.data));
  return <DaybookView query={parsed.data} days={buildDaybook(events, parsed.data)} exportQuery={params.toString()} />;
}
