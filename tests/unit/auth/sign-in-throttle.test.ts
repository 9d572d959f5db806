import { describe, expect, it } from 'vitest';
import { SignInThrottle } from '../../../lib/auth/sign-in-throttle';

// Finding 2 of issue 13: failures are counted per client and per account with a growing delay,
// never a lock-out, and successful sign-ins are not counted.
const options = { freeFailures: 3, baseDelayMs: 1000, maxClientDelayMs: 60_000, maxAccountDelayMs: 5000, forgetAfterMs: 900_000 };

describe('SignInThrottle', () => {
  it('lets a few failures through, then makes a client wait longer after each one', () => {
    const throttle = new SignInThrottle(options);
    for (let i = 0; i < 3; i++) throttle.recordFailure('198.51.100.7', 'admin@example.org', 0);
    expect(throttle.clientWaitMs('198.51.100.7', 0)).toBe(1000);
    throttle.recordFailure('198.51.100.7', 'admin@example.org', 1000);
    expect(throttle.clientWaitMs('198.51.100.7', 1000)).toBe(2000);
    expect(throttle.clientWaitMs('198.51.100.7', 3000)).toBe(0);
    expect(throttle.clientWaitMs('203.0.113.9', 1000)).toBe(0);
  });

  it('caps every delay, so nobody is locked out', () => {
    const throttle = new SignInThrottle(options);
    for (let i = 0; i < 60; i++) throttle.recordFailure(`198.51.100.${i}`, 'admin@example.org', 0);
    expect(throttle.accountDelayMs('ADMIN@example.org', 0)).toBe(5000);
    for (let i = 0; i < 60; i++) throttle.recordFailure('198.51.100.7', null, 0);
    expect(throttle.clientWaitMs('198.51.100.7', 0)).toBe(60_000);
  });

  it('slows an account guessed from many addresses', () => {
    const throttle = new SignInThrottle(options);
    for (let i = 0; i < 5; i++) throttle.recordFailure(`198.51.100.${i}`, 'admin@example.org', 0);
    expect(throttle.accountDelayMs('admin@example.org', 0)).toBe(4000);
    expect(throttle.accountDelayMs('editor@example.org', 0)).toBe(0);
  });

  it('does not count successful sign-ins; one clears its account’s failures but not the client’s', () => {
    const throttle = new SignInThrottle(options);
    for (let i = 0; i < 50; i++) throttle.recordSuccess(`person${i}@example.org`);
    expect(throttle.clientWaitMs('office', 0)).toBe(0);
    for (let i = 0; i < 5; i++) throttle.recordFailure('office', 'ann@example.org', 0);
    throttle.recordSuccess('ann@example.org');
    expect(throttle.accountDelayMs('ann@example.org', 0)).toBe(0);
    expect(throttle.clientWaitMs('office', 0)).toBeGreaterThan(0);
  });

  it('forgets failures after a quiet quarter of an hour', () => {
    const throttle = new SignInThrottle(options);
    for (let i = 0; i < 6; i++) throttle.recordFailure('198.51.100.7', 'admin@example.org', 0);
    expect(throttle.clientWaitMs('198.51.100.7', 900_001)).toBe(0);
    expect(throttle.accountDelayMs('admin@example.org', 900_001)).toBe(0);
  });
});
