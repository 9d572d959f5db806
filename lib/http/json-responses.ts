import { ConflictError, NotFoundError, ValidationError } from '../events/errors';
import type { FieldErrors } from '../events/field-errors';
import { toEventJson } from '../events/event-json';
import { AccessError } from '../auth/access-policy';
import { jsonNestingDepth } from './json-depth';

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

export function errorResponse(status: number, message: string, fields?: FieldErrors): Response {
  return jsonResponse(fields ? { error: message, fields } : { error: message }, status);
}

/**
 * The one place errors become HTTP answers: the caller's mistakes are 4xx with a message, and
 * anything unexpected is logged and answered without internals.
 */
export function respondToError(error: unknown): Response {
  if (error instanceof ValidationError) return errorResponse(400, 'Some fields are not valid', error.fields);
  if (error instanceof NotFoundError) return errorResponse(404, error.message);
  if (error instanceof ConflictError) {
    return jsonResponse({ error: error.message, current: toEventJson(error.current) }, 409, {
      etag: `"${error.current.version}"`,
    });
  }
  if (error instanceof RequestBodyError) return errorResponse(error.status, error.message);
  if (error instanceof AccessError) return errorResponse(error.status, error.message);
  console.error(error);
  return errorResponse(500, 'Something went wrong on the server; nothing was changed');
}

export class RequestBodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

export const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** The deepest body we take: an ingest review, the deepest we accept, nests about six levels. */
export const MAX_BODY_DEPTH = 32;

/** Reads a JSON body with a size and depth cap, telling malformed, oversized, too deep and non-JSON bodies apart. */
export async function readJsonBody(request: Request, { maxBytes = MAX_BODY_BYTES, optional = false } = {}): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (optional && !request.body) return null;
  if (type && !/^application\/(.+\+)?json\b/i.test(type)) {
    throw new RequestBodyError(415, 'Send the body as JSON (Content-Type: application/json)');
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new RequestBodyError(413, `The body is larger than ${maxBytes} bytes`);
  const buffer = await readCapped(request, maxBytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new RequestBodyError(400, 'The body is not valid UTF-8');
  }
  if (!text.trim()) {
    if (optional) return null;
    throw new RequestBodyError(400, 'The body is empty: send a JSON object');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new RequestBodyError(400, 'The body is not valid JSON');
  }
  if (jsonNestingDepth(text) > MAX_BODY_DEPTH) {
    throw new RequestBodyError(400, `The body nests arrays and objects more than ${MAX_BODY_DEPTH} levels deep`);
  }
  return value;
}

async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new RequestBodyError(413, `The body is larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const buffer = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    buffer.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return buffer;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
