import { describe, expect, it } from 'vitest';
import { buildSignInPath } from '../../../lib/auth/sign-in-path';
import { resolveSameOriginPath } from '../../../lib/auth/same-origin-path';

const ORIGIN = 'http://summitry.test:3000';
const nextOf = (signIn: string) => new URL(signIn, ORIGIN).searchParams.get('next');

describe('buildSignInPath', () => {
  it('asks the sign-in page to come back to the page, with its query, exactly as it was', () => {
    const signIn = buildSignInPath('/', { from: '2026-04-01', person: 'mark-rutte', q: 'a&b c' });
    expect(signIn).toBe('/sign-in?next=%2F%3Ffrom%3D2026-04-01%26person%3Dmark-rutte%26q%3Da%2526b%2Bc');
    expect(resolveSameOriginPath(nextOf(signIn), ORIGIN)).toBe('/?from=2026-04-01&person=mark-rutte&q=a%26b+c');
  });

  it('keeps repeated parameters and leaves a bare path bare', () => {
    expect(nextOf(buildSignInPath('/changes', { kind: ['visit', 'call'], empty: undefined }))).toBe('/changes?kind=visit&kind=call');
    expect(buildSignInPath('/events/12')).toBe('/sign-in?next=%2Fevents%2F12');
  });
});
