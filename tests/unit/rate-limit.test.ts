import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../lib/http/rate-limit';

describe('RateLimiter', () => {
  it('lets the limit through, then says how long to wait, then opens a new window', () => {
    const limiter = new RateLimiter(3, 60_000);
    expect([0, 1, 2].map(() => limiter.take('a', 1_000))).toEqual([0, 0, 0]);
    expect(limiter.take('a', 31_000)).toBe(30);
    expect(limiter.take('b', 31_000)).toBe(0);
    expect(limiter.take('a', 61_000)).toBe(0);
  });
});
