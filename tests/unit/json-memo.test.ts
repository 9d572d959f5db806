import { describe, expect, it } from 'vitest';
import { JsonMemo, respondWithJsonMemo } from '../../lib/http/json-memo';

describe('JsonMemo', () => {
  it('builds once per signature and rebuilds when the signature moves', () => {
    const memo = new JsonMemo();
    let builds = 0;
    const build = () => ({ events: [{ id: 1, built: ++builds }] });
    const first = memo.resolve('from=2026-01-01', 'v1', build);
    expect(memo.resolve('from=2026-01-01', 'v1', build)).toBe(first);
    expect(builds).toBe(1);
    const second = memo.resolve('from=2026-01-01', 'v2', build);
    expect(builds).toBe(2);
    expect(second.etag).not.toBe(first.etag);
    expect(JSON.parse(Buffer.from(second.body).toString('utf8'))).toEqual({ events: [{ id: 1, built: 2 }] });
  });

  it('forgets the least recently used key when full', () => {
    const memo = new JsonMemo(2);
    let builds = 0;
    const build = () => ++builds;
    memo.resolve('a', 's', build);
    memo.resolve('b', 's', build);
    memo.resolve('a', 's', build);
    memo.resolve('c', 's', build);
    expect(builds).toBe(3);
    memo.resolve('a', 's', build);
    expect(builds).toBe(3);
    memo.resolve('b', 's', build);
    expect(builds).toBe(4);
  });

  it('answers 304 to a matching If-None-Match and 200 with the body otherwise', async () => {
    const entry = new JsonMemo().resolve('k', 's', () => ({ ok: true }));
    const fresh = respondWithJsonMemo(new Request('http://localhost/api/events'), entry);
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('etag')).toBe(entry.etag);
    expect(await fresh.json()).toEqual({ ok: true });
    const same = respondWithJsonMemo(new Request('http://localhost/api/events', { headers: { 'if-none-match': `"other", W/${entry.etag}` } }), entry);
    expect(same.status).toBe(304);
    expect(await same.text()).toBe('');
  });

  it('sends the same stored bytes to every request, untouched by earlier answers', async () => {
    const entry = new JsonMemo().resolve('k', 's', () => ({ title: 'Vertice NATO à Bruxelles — 北京' }));
    const answers = await Promise.all([1, 2, 3].map(() => respondWithJsonMemo(new Request('http://localhost/api/events'), entry).json()));
    expect(answers).toEqual([1, 2, 3].map(() => ({ title: 'Vertice NATO à Bruxelles — 北京' })));
    expect(await respondWithJsonMemo(new Request('http://localhost/api/events'), entry).json()).toEqual({ title: 'Vertice NATO à Bruxelles — 北京' });
  });
});
