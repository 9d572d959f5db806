/**
 * A response body built once and sent many times (memoised API windows): its UTF-8 bytes,
 * encoded once.
 */
export class StoredBody {
  readonly bytes: Uint8Array<ArrayBuffer>;

  constructor(text: string) {
    this.bytes = Buffer.from(text, 'utf8');
  }
}

/**
 * The stored bytes as a response body. Handed to Response as a stream on purpose: a Uint8Array
 * body is copied on every request (a megabyte for a large window), while a stream passes the same
 * bytes through untouched. (Next sets Content-Length and gzip itself: it drops both headers from
 * route handlers' answers, so they cannot be precomputed here.)
 */
export function sendStoredBody(body: StoredBody, init: { status: number; headers: Record<string, string> }): Response {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(body.bytes);
      controller.close();
    },
  });
  return new Response(stream, init);
}
