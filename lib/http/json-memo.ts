import { createHash } from 'node:crypto';

interface MemoEntry {
  signature: string;
  /** UTF-8, encoded once */
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

/**
 * Serialized JSON answers kept for as long as the database has not changed. A three-month window
 * of a large calendar is about a megabyte of JSON: building it costs tens of milliseconds, and
 * every timeline reload asks for the same one again. Only for answers that do not depend on who
 * asks (authorize first, then serve).
 */
export class JsonMemo {
  private readonly entries = new Map<string, MemoEntry>();

  constructor(readonly maxEntries = 100) {}

  resolve(key: string, signature: string, build: () => unknown): MemoEntry {
    const found = this.entries.get(key);
    if (found && found.signature === signature) {
      // least recently used goes first when the memo is full
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    const body = Buffer.from(JSON.stringify(build()), 'utf8');
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    const entry = { signature, body, etag };
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, entry);
    return entry;
  }
}

const holder = globalThis as unknown as { summitryJsonMemo?: JsonMemo };
export const sharedJsonMemo = (holder.summitryJsonMemo ??= new JsonMemo());

/** 200 with the memoized body and an ETag, or 304 when the client already has it. */
export function respondWithJsonMemo(request: Request, entry: { body: Uint8Array<ArrayBuffer>; etag: string }): Response {
  const headers = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'private, no-cache', etag: entry.etag };
  const match = request.headers.get('if-none-match');
  if (match && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === entry.etag)) {
    return new Response(null, { status: 304, headers });
  }
  // A stream over the stored bytes, on purpose: Response copies a Uint8Array body on every request
  // (a megabyte for a large window), a stream hands the same bytes on untouched.
  const body = entry.body;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(body);
      controller.close();
    },
  });
  return new Response(stream, { status: 200, headers });
}
