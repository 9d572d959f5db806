import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isPublicAddress } from './public-address';

export interface FetchPageOptions {
  /** "host:port" pairs an admin allows even on a private address (an intranet news server) */
  allowlist?: readonly string[];
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface FetchedPage {
  /** the address finally read, after redirects */
  url: string;
  contentType: string;
  body: string;
}

export class PageFetchError extends Error {}

export const FETCH_TIMEOUT_MS = 10_000;
export const FETCH_MAX_BYTES = 5 * 1024 * 1024;
export const FETCH_MAX_REDIRECTS = 5;
const READABLE = /^(?:text\/html|application\/xhtml\+xml|text\/plain)\b/i;

const defaultPort = (url: URL) => url.port || (url.protocol === 'https:' ? '443' : '80');

/**
 * A DNS lookup that only ever hands the socket an address it may connect to: public, or private
 * with the host and port on the allowlist. The socket connects to the very address checked, so a
 * name that resolves differently a moment later (DNS rebinding) cannot slip past.
 */
function guardedLookup(allowed: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: (options as { family?: number }).family ?? 0 }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 4);
      const usable = addresses.find((a) => allowed || isPublicAddress(a.address));
      if (!usable) return callback(new PageFetchError(`Summitry does not fetch from private or local addresses (${hostname} is ${addresses[0]?.address ?? 'unknown'})`), '', 4);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, [usable]);
      callback(null, usable.address, usable.family);
    });
  };
}

function requestOnce(url: URL, options: Required<FetchPageOptions>, deadline: number): Promise<{ status: number; location: string | null; contentType: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const allowed = options.allowlist.includes(`${url.hostname}:${defaultPort(url)}`);
    // An address written as an IP is connected to without a lookup: check it here.
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(literal) && !allowed && !isPublicAddress(literal)) return reject(new PageFetchError(`Summitry does not fetch from private or local addresses (${literal})`));
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(url, { method: 'GET', lookup: guardedLookup(allowed), headers: { 'user-agent': 'Summitry/1 (article reader)', accept: 'text/html,application/xhtml+xml,text/plain;q=0.8' } }, (res) => {
      const status = res.statusCode ?? 0;
      const contentType = String(res.headers['content-type'] ?? '');
      if (status >= 300 && status < 400) {
        res.resume();
        return resolve({ status, location: res.headers.location ?? null, contentType, body: Buffer.alloc(0) });
      }
      const declared = Number(res.headers['content-length'] ?? 0);
      if (declared > options.maxBytes) {
        req.destroy();
        return reject(new PageFetchError(`The page is larger than ${options.maxBytes / 1024 / 1024} MB`));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) {
          req.destroy();
          reject(new PageFetchError(`The page is larger than ${options.maxBytes / 1024 / 1024} MB`));
        } else chunks.push(chunk);
      });
      res.on('end', () => resolve({ status, location: null, contentType, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    // Checked again on the connected socket: the address actually reached, whatever resolved it.
    req.on('socket', (socket) => {
      socket.on('connect', () => {
        const remote = socket.remoteAddress ?? '';
        if (!allowed && !isPublicAddress(remote)) req.destroy(new PageFetchError(`Summitry does not fetch from private or local addresses (${remote})`));
      });
    });
    req.setTimeout(Math.max(1, deadline - Date.now()), () => req.destroy(new PageFetchError(`The page did not answer in ${options.timeoutMs / 1000} s`)));
    req.on('error', (error) => reject(error instanceof PageFetchError ? error : new PageFetchError(`The page could not be read: ${error.message}`)));
    req.end();
  });
}

function charsetOf(contentType: string): string {
  const label = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? 'utf-8';
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return 'utf-8';
  }
}

/**
 * GET a news page for the extractor: http or https only, at most 5 redirects (each checked anew),
 * 10 s in all, 5 MB at most, HTML or plain text, never a private or local address unless the
 * allowlist names that host and port. Errors are PageFetchError with a sentence for the analyst.
 */
export async function fetchPage(address: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const settings: Required<FetchPageOptions> = { allowlist: [], timeoutMs: FETCH_TIMEOUT_MS, maxBytes: FETCH_MAX_BYTES, maxRedirects: FETCH_MAX_REDIRECTS, ...options };
  const deadline = Date.now() + settings.timeoutMs;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new PageFetchError('That is not a web address: give one such as https://www.ansa.it/…');
  }
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new PageFetchError(`Only http and https addresses can be read, not ${url.protocol.replace(':', '')}`);
    if (url.username || url.password) throw new PageFetchError('Addresses with a user name or password are not read');
    const answer = await requestOnce(url, settings, deadline);
    if (answer.location !== null) {
      if (hop >= settings.maxRedirects) throw new PageFetchError(`The page redirected more than ${settings.maxRedirects} times`);
      url = new URL(answer.location, url);
      continue;
    }
    if (answer.status >= 400) throw new PageFetchError(`The page answered ${answer.status}`);
    if (!READABLE.test(answer.contentType)) throw new PageFetchError(`Not an article: the address gives ${answer.contentType.split(';')[0] || 'an unknown kind of file'}`);
    return { url: url.toString(), contentType: answer.contentType, body: new TextDecoder(charsetOf(answer.contentType)).decode(answer.body) };
  }
}
