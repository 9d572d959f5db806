// The feeds layer's public surface: which events a feed holds, its memo, validators and HTTP answers.
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
export { formatHttpDate } from './format-http-date';
export { findLastModified } from './find-last-modified';
export { answerFeedRequest, FEED_CACHE_CONTROL, CALENDAR_CONTENT_TYPE, ATOM_CONTENT_TYPE, type FeedAnswerOptions } from './answer-feed-request';
export { answerNotFound, answerBadRequest } from './answer-feed-error';
