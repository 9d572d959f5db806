// Run in a child process under a given TZ: prints the fixture calendar and a windowed feed.
import { renderCalendar } from '../../../lib/ical/render-calendar';
import { renderFeed } from '../../../lib/ical/render-feed';
import { selectFeedEvents } from '../../../lib/feeds/select-feed-window';
import { buildFixtureEvents, FEED_OPTIONS } from './fixture-events';

const events = buildFixtureEvents();
const window = selectFeedEvents(events, { now: '2026-05-01T23:30:00Z', pastDays: 30 });
process.stdout.write(renderCalendar(events, FEED_OPTIONS));
process.stdout.write('\u0000');
process.stdout.write(renderFeed(window.events, FEED_OPTIONS).body);
