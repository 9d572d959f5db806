import type { IncomingMessage } from 'node:http';
import { MAX_BODY_BYTES } from '../http/json-responses';

export interface Refusal {
  status: number;
  message: string;
  headers?: Record<string, string>;
}

const SUPPORTED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

function hasMalformedEncoding(path: string): boolean {
  try {
    for (const segment of path.split('/')) decodeURIComponent(segment);
    return false;
  } catch {
    return true;
  }
}

/**
 * What is refused before Next reads anything: methods no route takes (TRACE, CONNECT…, which Next
 * answers with 500), paths whose percent-encoding cannot be decoded (Next's params throw on them),
 * and bodies over the 2 MB cap, by their declared length, so even the auth library's routes never
 * start reading one. A body without a declared length cannot be capped before it is read: 411.
 */
export function findRefusal(request: IncomingMessage): Refusal | null {
  const method = request.method ?? '';
  if (!SUPPORTED_METHODS.includes(method)) {
    return { status: 405, message: `${method || 'This method'} is not supported`, headers: { allow: SUPPORTED_METHODS.join(', ') } };
  }
  const path = (request.url ?? '/').split('?')[0];
  if (hasMalformedEncoding(path)) return { status: 404, message: 'No such page: the address has malformed percent-encoding' };
  const declared = request.headers['content-length'];
  if (declared !== undefined) {
    if (!/^\d{1,15}$/.test(declared)) return { status: 400, message: 'Content-Length is not a number' };
    if (Number(declared) > MAX_BODY_BYTES) return { status: 413, message: `The body is larger than ${MAX_BODY_BYTES} bytes` };
  } else if (request.headers['transfer-encoding']) {
    return { status: 411, message: 'Send the body with a Content-Length (at most 2 MB)' };
  }
  return null;
}
