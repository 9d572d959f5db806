import { BlockList, isIP } from 'node:net';

/** The proxies whose forwarding headers we believe: TRUSTED_PROXIES, addresses or CIDR ranges. */
export interface TrustedProxies {
  includes(address: string): boolean;
}

/** "::ffff:127.0.0.1" (how a dual-stack socket reports IPv4 peers) -> "127.0.0.1". */
export function normaliseAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1] : address;
}

/**
 * Parses TRUSTED_PROXIES ("127.0.0.1, 10.0.0.0/8, ::1"). Empty or unset trusts nobody, so the
 * socket address is the client. A malformed entry stops the server at start with its name.
 */
export function parseTrustedProxies(setting: string | undefined): TrustedProxies {
  const list = new BlockList();
  let count = 0;
  for (const entry of (setting ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    const [address, bits] = entry.split('/');
    const family = isIP(normaliseAddress(address));
    const prefix = bits === undefined ? null : Number(bits);
    const maxPrefix = family === 4 ? 32 : 128;
    if (!family || (prefix !== null && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= maxPrefix))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (e.g. 127.0.0.1 or 10.0.0.0/8)`);
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefix === null) list.addAddress(normaliseAddress(address), type);
    else list.addSubnet(normaliseAddress(address), prefix, type);
    count++;
  }
  return {
    includes(address: string) {
      if (count === 0) return false;
      const normalised = normaliseAddress(address);
      const family = isIP(normalised);
      return family !== 0 && list.check(normalised, family === 4 ? 'ipv4' : 'ipv6');
    },
  };
}
