// The iCal layer's public surface: events -> iCalendar text (rendering only; HTTP is lib/feeds).
export { renderVevent, renderVeventEntry, countVeventRenders, VEVENT_FORMAT, type RenderedVevent, type VeventOptions } from './render-vevent';
export { VeventCache, sharedVeventCache, type StoredVevent, type VeventStore } from './vevent-cache';
export { renderCalendar, PRODID, type CalendarOptions } from './render-calendar';
export { renderFeed, MAX_FEED_BYTES, type FeedOptions, type RenderedFeed } from './render-feed';
export { mapEventStatus, type IcalStatus } from './map-event-status';
export { buildSummary } from './build-summary';
export { escapeText } from './escape-text';
export { foldLine } from './fold-line';
