// The iCal layer's public surface; route handlers import from here.
export { renderVevent, renderVeventEntry, type RenderedVevent, type VeventOptions } from './render-vevent';
export { VeventCache, sharedVeventCache } from './vevent-cache';
export { renderCalendar, PRODID, type CalendarOptions } from './render-calendar';
export { renderFeed, MAX_FEED_BYTES, type FeedOptions, type RenderedFeed } from './render-feed';
export {
  parsePastDays,
  selectFeedEvents,
  DEFAULT_PAST_DAYS,
  MAX_PAST_DAYS,
  CANCELLED_RETENTION_DAYS,
  type FeedWindow,
  type PastDaysResult,
} from './select-feed-window';
export { FeedMemo, sharedFeedMemo, type MemoizedFeed } from './feed-memo';
export { computeEtag } from './compute-etag';
export { formatHttpDate } from './format-ical-date';
export { findLastModified } from './find-last-modified';
export { answerCalendarRequest, FEED_CACHE_CONTROL, type CalendarAnswerOptions } from './answer-calendar-request';
export { answerNotFound, answerBadRequest } from './answer-feed-error';
export { mapEventStatus, type IcalStatus } from './map-event-status';
export { buildSummary } from './build-summary';
export { escapeText } from './escape-text';
export { foldLine } from './fold-line';
