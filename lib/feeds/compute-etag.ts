/**
 * Strong ETag: a SHA-256 of the exact body, so equal ETags mean equal bytes (RFC 9110 §8.8.3).
 * Hashing a 6 MB feed takes ~9 ms, more than the whole 304 budget, so the last few bodies are
 * remembered: a Map lookup with the same string object is a pointer comparison, and with an equal
 * string built anew it is a memcmp, both far cheaper than rehashing.
 */
import { createHash } from 'node:crypto';

const MEMO_SIZE = 16;
// Small bodies hash in microseconds; keeping them would only cost memory.
const MEMO_MIN_LENGTH = 64 * 1024;
const memo = new Map<string, string>();

export function computeEtag(body: string): string {
  const known = memo.get(body);
  if (known !== undefined) return known;
  const etag = `"${createHash('sha256').update(body, 'utf8').digest('base64url')}"`;
  if (body.length >= MEMO_MIN_LENGTH) {
    memo.set(body, etag);
    if (memo.size > MEMO_SIZE) {
      const oldest = memo.keys().next().value;
      if (oldest !== undefined) memo.delete(oldest);
    }
  }
  return etag;
}
