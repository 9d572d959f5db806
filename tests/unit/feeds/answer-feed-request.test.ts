import { describe, expect, it } from 'vitest';
import { answerBadRequest, answerNotFound } from '../../../lib/feeds/answer-feed-error';
import { answerFeedRequest } from '../../../lib/feeds/answer-feed-request';
import { computeEtag } from '../../../lib/feeds/compute-etag';
import { findLastModified } from '../../../lib/feeds/find-last-modified';
import { renderCalendar } from '../../../lib/ical/render-calendar';
import { buildFixtureEvents, FEED_OPTIONS } from '../ical/fixture-events';
import { makeEvent } from '../ical/make-event';

const body = renderCalendar(buildFixtureEvents(), FEED_OPTIONS);
const etag = computeEtag(body);
const lastModified = '2026-04-21T10:00:00Z';
const request = (headers: Record<string, string> = {}) => new Request('https://summitry.example/feeds/all.ics', { headers });

describe('answerFeedRequest', () => {
  it('answers 200 with the calendar, a strong ETag and the validators', async () => {
    const response = answerFeedRequest(request(), body, lastModified, 'GET');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('etag')).toBe(etag);
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(response.headers.get('last-modified')).toBe('Tue, 21 Apr 2026 10:00:00 GMT');
    expect(response.headers.get('cache-control')).toContain('public');
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(body)));
    expect(await response.text()).toBe(body);
  });

  it('answers HEAD with the same headers and no body', async () => {
    const response = answerFeedRequest(request(), body, lastModified, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe(etag);
    expect(response.body).toBeNull();
  });

  it('answers 304 to a matching If-None-Match, including lists, W/ and *', () => {
    for (const header of [etag, `"other", ${etag}`, `W/${etag}`, '*']) {
      const response = answerFeedRequest(request({ 'If-None-Match': header }), body, lastModified, 'GET');
      expect(response.status, header).toBe(304);
      expect(response.body).toBeNull();
      expect(response.headers.get('etag')).toBe(etag);
    }
  });

  it('answers 200 to a stale If-None-Match even when If-Modified-Since would say not modified', () => {
    const response = answerFeedRequest(request({ 'If-None-Match': '"stale"', 'If-Modified-Since': 'Wed, 22 Apr 2026 00:00:00 GMT' }), body, lastModified, 'GET');
    expect(response.status).toBe(200);
  });

  it('uses If-Modified-Since when there is no If-None-Match', () => {
    const at = (since: string) => answerFeedRequest(request({ 'If-Modified-Since': since }), body, lastModified, 'GET').status;
    expect(at('Tue, 21 Apr 2026 10:00:00 GMT')).toBe(304);
    expect(at('Wed, 22 Apr 2026 00:00:00 GMT')).toBe(304);
    expect(at('Tue, 21 Apr 2026 09:59:59 GMT')).toBe(200);
    expect(at('not a date')).toBe(200);
    expect(answerFeedRequest(request({ 'If-Modified-Since': 'Wed, 22 Apr 2026 00:00:00 GMT' }), body, null, 'GET').status).toBe(200);
  });
});

describe('findLastModified', () => {
  it('is the newest change among the events, raised to any floor', () => {
    const events = [makeEvent({ id: 1, updatedAt: '2026-04-01T00:00:00Z' }), makeEvent({ id: 2, updatedAt: '2026-04-02T00:00:00Z', deletedAt: '2026-04-03T00:00:00Z' })];
    expect(findLastModified(events)).toBe('2026-04-03T00:00:00Z');
    expect(findLastModified(events, ['2026-05-01T00:00:00.000Z', null])).toBe('2026-05-01T00:00:00.000Z');
    expect(findLastModified([])).toBeNull();
  });
});

describe('feed errors', () => {
  it('answers 404 and 400 with a short text body that caches do not keep', async () => {
    const missing = answerNotFound('No person "nobody".');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(missing.headers.get('cache-control')).toBe('no-store');
    expect(await missing.text()).toBe('No person "nobody".\n');
    expect(answerBadRequest('past must be…').status).toBe(400);
  });
});
