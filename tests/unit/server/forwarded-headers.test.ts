import { Socket } from 'node:net';
import { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { normaliseForwardedHeaders } from '../../../lib/server/forwarded-headers';
import { parseTrustedProxies } from '../../../lib/server/trusted-proxies';

// Finding 2 of issue 13: forwarding headers are believed only from TRUSTED_PROXIES.
function requestFrom(peer: string, headers: Record<string, string>): IncomingMessage {
  const socket = new Socket();
  Object.defineProperty(socket, 'remoteAddress', { value: peer });
  const request = new IncomingMessage(socket);
  request.headers = { host: 'summitry.test', ...headers };
  return request;
}

describe('parseTrustedProxies', () => {
  it('takes addresses and CIDR ranges, IPv4-mapped peers included', () => {
    const trusted = parseTrustedProxies('127.0.0.1, 10.0.0.0/8, ::1');
    expect(trusted.includes('127.0.0.1')).toBe(true);
    expect(trusted.includes('::ffff:10.1.2.3')).toBe(true);
    expect(trusted.includes('::1')).toBe(true);
    expect(trusted.includes('192.0.2.1')).toBe(false);
    expect(parseTrustedProxies(undefined).includes('127.0.0.1')).toBe(false);
  });

  it.each(['localhost', '10.0.0.0/33', '300.1.1.1', '10.0.0.0/x'])('refuses %j with a message naming it', (entry) => {
    expect(() => parseTrustedProxies(entry)).toThrow(`"${entry}"`);
  });
});

describe('normaliseForwardedHeaders', () => {
  it('overwrites what an untrusted client claims with the socket', () => {
    const request = requestFrom('::ffff:192.0.2.7', { 'x-forwarded-for': '203.0.113.1', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.example', 'x-real-ip': '203.0.113.2' });
    normaliseForwardedHeaders(request, parseTrustedProxies(''));
    expect(request.headers).toMatchObject({ 'x-forwarded-for': '192.0.2.7', 'x-forwarded-proto': 'http' });
    expect(request.headers['x-forwarded-host']).toBeUndefined();
    expect(request.headers['x-real-ip']).toBeUndefined();
  });

  it('believes a trusted proxy, taking the rightmost address that is not itself a proxy', () => {
    const request = requestFrom('127.0.0.1', { 'x-forwarded-for': '198.51.100.66, 203.0.113.9, 10.0.0.5', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'summitry.example.org' });
    normaliseForwardedHeaders(request, parseTrustedProxies('127.0.0.1,10.0.0.0/8'));
    expect(request.headers).toMatchObject({ 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'summitry.example.org' });
  });
});
