import { createHash } from 'node:crypto';
import { StoredBody, sendStoredBody } from './stored-body';

interface MemoEntry {
  signature: string;
  body: StoredBody;
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
    const body = new StoredBody(JSON.stringify(build()));
    const etag = `"${createHash('sha256').update(body.bytes).digest('base64url').slice(0, 27)}"`;
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
export function respondWithJsonMemo(request: Request, entry: { body: StoredBody; etag: string }): Response {
  const headers = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'private, no-cache', etag: entry.etag };
  const match = request.headers.get('if-none-match');
  if (match && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === entry.etag)) {
    return new Response(null, { status: 304, headers });
  }
  return sendStoredBody(entry.body, { status: 200, headers });
}
