import { createFeedRoute } from '../_lib/feed-route';

export const dynamic = 'force-dynamic';

export const { GET, HEAD } = createFeedRoute(() => ({
  filter: {},
  name: 'Summitry – all events',
  description: 'Every visit, meeting, call and summit tracked in Summitry.',
  filename: 'summitry-all.ics',
}));
