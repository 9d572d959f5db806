import { describe, expect, it } from 'vitest';
import { jsonNestingDepth } from '@/lib/http/json-depth';
import { MAX_BODY_DEPTH, readJsonBody } from '@/lib/http/json-responses';

const post = (body: string) => new Request('http://localhost/api/events', { method: 'POST', body, headers: { 'content-type': 'application/json' } });

describe('jsonNestingDepth', () => {
  it('counts nested arrays and objects', () => {
    expect(jsonNestingDepth('1')).toBe(0);
    expect(jsonNestingDepth('{"a":1}')).toBe(1);
    expect(jsonNestingDepth('{"a":[{"b":[1,2]},{"c":{}}]}')).toBe(4);
    expect(jsonNestingDepth('[[],[[]],[]]')).toBe(3);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonNestingDepth('{"title":"[[[{{{"}')).toBe(1);
    expect(jsonNestingDepth('{"title":"say \\"[[[\\" and \\\\","x":[1]}')).toBe(2);
  });
});

describe('readJsonBody and deep bodies', () => {
  it('takes an ingest-shaped body, which nests about six levels', async () => {
    const review = { items: [{ draft: { participants: [{ name: 'Mark Rutte', roles: ['Secretary General'] }] } }], source: { url: 'https://example.org' } };
    await expect(readJsonBody(post(JSON.stringify(review)))).resolves.toEqual(review);
  });

  it(`refuses a body nested more than ${MAX_BODY_DEPTH} levels with a 400 that says so, wherever the depth is`, async () => {
    const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
    await expect(readJsonBody(post(deep(MAX_BODY_DEPTH)))).resolves.toBeDefined();
    for (const body of [deep(MAX_BODY_DEPTH + 1), `{"version":1,"location":${deep(100_000)}}`]) {
      await expect(readJsonBody(post(body))).rejects.toMatchObject({ status: 400, message: expect.stringContaining('levels deep') });
    }
  });
});
