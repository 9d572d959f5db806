import { getDb } from '@/db/client';
import { listClashes } from '@/db/queries/clashes';
import { ClashList } from '@/components/clashes/clash-list';
import { defaultRange } from '@/lib/events/default-range';
import { describeEventFilter } from '@/lib/events/describe-filter';
import { parseEventFilter } from '@/lib/events/event-filter';
import { requireSignInToRead, type PageQuery } from '../_lib/require-sign-in-to-read';

export const dynamic = 'force-dynamic';

/** `/clashes?<timeline filter>`: people placed in two places at once, in the timeline's default range unless dates are given. */
export default async function ClashesPage({ searchParams }: { searchParams: Promise<PageQuery> }) {
  const query = await searchParams;
  await requireSignInToRead('/clashes', query);
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (typeof value === 'string') params.set(key, value);
  if (!params.get('from') && !params.get('to')) for (const [key, value] of Object.entries(defaultRange())) params.set(key, value);
  const parsed = parseEventFilter(params);
  return (
    <div className="profile">
      <h1>Clashes</h1>
      <form action="/clashes" className="directory-search" aria-label="Which clashes">
        <label htmlFor="clashes-from">From</label>
        <input id="clashes-from" name="from" type="date" defaultValue={params.get('from') ?? ''} />
        <label htmlFor="clashes-to">To</label>
        <input id="clashes-to" name="to" type="date" defaultValue={params.get('to') ?? ''} />
        <label htmlFor="clashes-person">Person</label>
        <input id="clashes-person" name="person" defaultValue={params.get('person') ?? ''} placeholder="slug, e.g. mark-rutte" />
        <button type="submit">Show</button>
      </form>
      {parsed.success ? (
        <>
          <p className="count">{describeEventFilter(parsed.data)}</p>
          <ClashList clashes={listClashes(getDb(), parsed.data)} />
        </>
      ) : (
        <div role="alert" className="error-summary">
          <p>These clashes cannot be shown:</p>
          <ul>
            {parsed.error.issues.map((issue) => (
              <li key={`${issue.path.join('.')}-${issue.message}`}>{issue.message}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
