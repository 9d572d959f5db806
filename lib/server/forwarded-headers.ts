import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { normaliseAddress, type TrustedProxies } from './trusted-proxies';

const firstValue = (header: string | string[] | undefined) => (Array.isArray(header) ? header[0] : header)?.split(',')[0].trim() || undefined;

/**
 * The client behind a chain of trusted proxies: the rightmost X-Forwarded-For entry that is not
 * itself a trusted proxy (entries to its left are whatever the client chose to send).
 */
function findClientBehindProxies(forwardedFor: string | undefined, peer: string, trusted: TrustedProxies): string {
  const chain = (forwardedFor ?? '').split(',').map((part) => normaliseAddress(part.trim())).filter(Boolean);
  let client = peer;
  for (let i = chain.length - 1; i >= 0; i--) {
    client = chain[i];
    if (!trusted.includes(client)) break;
  }
  return client;
}

/**
 * Makes X-Forwarded-For, -Proto and -Host tell the truth before Next sees them: from the socket,
 * unless the peer is a trusted proxy, whose headers are believed. X-Forwarded-For is left holding
 * the one client address, which rate limits and the auth library key on.
 */
export function normaliseForwardedHeaders(request: IncomingMessage, trusted: TrustedProxies): void {
  const peer = normaliseAddress(request.socket.remoteAddress ?? '');
  const headers = request.headers;
  const socketProto = (request.socket as TLSSocket).encrypted ? 'https' : 'http';
  if (peer && trusted.includes(peer)) {
    headers['x-forwarded-for'] = findClientBehindProxies(headers['x-forwarded-for'] as string | undefined, peer, trusted);
    headers['x-forwarded-proto'] = firstValue(headers['x-forwarded-proto']) === 'https' ? 'https' : firstValue(headers['x-forwarded-proto']) === 'http' ? 'http' : socketProto;
    const host = firstValue(headers['x-forwarded-host']);
    if (host) headers['x-forwarded-host'] = host;
    else delete headers['x-forwarded-host'];
  } else {
    headers['x-forwarded-for'] = peer;
    headers['x-forwarded-proto'] = socketProto;
    delete headers['x-forwarded-host'];
  }
  delete headers['x-forwarded-port'];
  delete headers['x-real-ip'];
  delete headers['forwarded'];
}
