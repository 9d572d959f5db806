/**
 * A fixed-window counter per client, in memory: enough to stop one client from monopolising an
 * expensive endpoint on a single-process install (a cluster would need a shared store).
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Seconds to wait when over the limit, or 0 when the request may go ahead. */
  take(key: string, now = Date.now()): number {
    const window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.windows.clear();
      this.windows.set(key, { start: now, count: 1 });
      return 0;
    }
    window.count++;
    return window.count > this.limit ? Math.ceil((window.start + this.windowMs - now) / 1000) : 0;
  }
}

/**
 * The client's address. Under `npm start`, lib/server/ has set X-Forwarded-For to the socket's
 * address (or, behind a TRUSTED_PROXIES proxy, to the client it reports), so a client cannot
 * choose its own bucket. Without an address (route handlers called in-process) all share one.
 */
export function clientKey(request: Request): string {
  return request.headers.get('x-forwarded-for')?.split(',')[0].trim() || 'direct';
}
