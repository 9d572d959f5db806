import { describe, expect, it } from 'vitest';
import { isPublicAddress } from '../../lib/articles/public-address';

describe('isPublicAddress', () => {
  it('refuses loopback, private, link-local, carrier-grade NAT and reserved addresses in IPv4 and IPv6', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', 'not an ip']) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });
  it('accepts public addresses', () => {
    for (const address of ['8.8.8.8', '172.32.0.1', '193.0.6.139', '2001:4860:4860::8888', '::ffff:8.8.8.8']) {
      expect(isPublicAddress(address), address).toBe(true);
    }
  });
});
