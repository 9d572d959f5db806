import { describe, expect, it } from 'vitest';
import { ANONYMOUS, checkAccess, checkSameOrigin, type Actor } from '../../../lib/auth/access-policy';

const user = (role: Actor['role']): Actor => ({ kind: 'user', id: 'u', label: 'user:x', role });
const feedKey: Actor = { kind: 'feed-key', id: 'u', label: 'feed-key:x', role: 'admin' };

function status(situation: Parameters<typeof checkAccess>[0], need: Parameters<typeof checkAccess>[1]): number {
  try {
    checkAccess(situation, need);
    return 200;
  } catch (error) {
    return (error as { status: number }).status;
  }
}

describe('checkAccess', () => {
  it.each([
    [false, 'signed-in', ANONYMOUS, 'write', 200],
    [true, 'signed-in', ANONYMOUS, 'read', 401],
    [true, 'public', ANONYMOUS, 'read', 200],
    [true, 'public', ANONYMOUS, 'write', 401],
    [true, 'signed-in', user('viewer'), 'read', 200],
    [true, 'signed-in', user('viewer'), 'write', 403],
    [true, 'signed-in', user('editor'), 'write', 200],
    [true, 'signed-in', user('editor'), 'admin', 403],
    [true, 'signed-in', user('admin'), 'admin', 200],
    [true, 'signed-in', feedKey, 'read', 200],
    [true, 'signed-in', feedKey, 'write', 403],
  ] as const)('secured=%s reading=%s %j asking to %s -> %i', (secured, readAccess, actor, need, expected) => {
    expect(status({ secured, readAccess, actor }, need)).toBe(expected);
  });
});

describe('checkSameOrigin', () => {
  const ours = 'https://summitry.example.org';
  const check = (origin: string | null, secFetchSite: string | null = null) => () => checkSameOrigin({ origin, secFetchSite }, ours);
  it('accepts our own origin, or no Origin with Sec-Fetch-Site: same-origin', () => {
    expect(check('https://summitry.example.org')).not.toThrow();
    expect(check(null, 'same-origin')).not.toThrow();
  });
  it('refuses other origins, schemes and ports, opaque origins, and requests that say nothing', () => {
    expect(check('https://evil.example')).toThrow('Cross-site');
    expect(check('http://summitry.example.org')).toThrow('Cross-site');
    expect(check('https://summitry.example.org:8443')).toThrow('Cross-site');
    expect(check('null')).toThrow('Cross-site');
    expect(check(null)).toThrow('Cross-site');
    expect(check(null, 'cross-site')).toThrow('Cross-site');
  });
});
