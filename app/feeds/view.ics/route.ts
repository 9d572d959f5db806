import { describeEventFilter } from '@/lib/events/describe-filter';
import { parseEventFilter } from '@/lib/events/event-filter';
import { answerBadRequest } from '@/lib/feeds';
import { createFeedRoute } from '../_lib/feed-route';

export const dynamic = 'force-dynamic';

export const { GET, HEAD } = createFeedRoute((request) => {
  const parsed = parseEventFilter(new URL(request.url).searchParams);
  if (!parsed.success) {
    return answerBadRequest(`This view's filter is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const description = describeEventFilter(parsed.data);
  return { filter: parsed.data, name: `Summitry – ${description}`, description: `Summitry events: ${description}.`, filename: 'summitry-view.ics' };
});
