import { describe, expect, it } from 'vitest';
import { resolveSameOriginPath } from '../../../lib/auth/same-origin-path';

// Finding 6 of issue 13 (the browser's view is in tests/e2e/sign-in-redirect.spec.ts).
const ORIGIN = 'http://summitry.test:3000';

describe('resolveSameOriginPath', () => {
  it.each(['/\\evil.example/x', '/\t/evil.example/y', '//evil.example/z', 'https://evil.example/w', 'javascript:alert(1)', '/\\/evil.example', 'http://summitry.test:3001/'])(
    'sends %j home',
    (next) => expect(resolveSameOriginPath(next, ORIGIN)).toBe('/'),
  );

  it('never returns a path a router could read as a host', () => {
    expect(resolveSameOriginPath('/.//evil.example/v', ORIGIN)).toBe('/evil.example/v');
  });

  it('keeps a path on our origin with its query and fragment', () => {
    expect(resolveSameOriginPath('/feeds?from=2026-01-01#x', ORIGIN)).toBe('/feeds?from=2026-01-01#x');
    expect(resolveSameOriginPath(null, ORIGIN)).toBe('/');
  });
});
