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
  it('accepts our own origin and requests without one, refuses others', () => {
    expect(() => checkSameOrigin('https://summitry.example.org', 'summitry.example.org')).not.toThrow();
    expect(() => checkSameOrigin(null, 'summitry.example.org')).not.toThrow();
    expect(() => checkSameOrigin('https://evil.example', 'summitry.example.org')).toThrow('Cross-site');
    expect(() => checkSameOrigin('null', 'summitry.example.org')).toThrow('Cross-site');
  });
});
