/**
 * Failed sign-ins, counted per client and per account, each answered by a delay that grows with
 * the failures and is capped, so guessing slows down and nobody is ever locked out:
 * - a client that keeps failing is refused (429, Retry-After) until its delay has passed;
 * - an account that keeps failing, from anywhere, makes every sign-in to it wait before the
 *   password is checked, never refuses one, so a stranger cannot keep its owner out.
 * Successful sign-ins are not counted; one clears the account's failures (not the client's: a
 * guesser holding one good account must not wipe its own record with it).
 */
export interface ThrottleOptions {
  /** failures allowed before any delay */
  freeFailures: number;
  /** the first delay, doubled by each further failure */
  baseDelayMs: number;
  maxClientDelayMs: number;
  maxAccountDelayMs: number;
  /** failures older than this are forgotten */
  forgetAfterMs: number;
}

export const DEFAULT_THROTTLE: ThrottleOptions = {
  freeFailures: 3,
  baseDelayMs: 1000,
  maxClientDelayMs: 5 * 60_000,
  maxAccountDelayMs: 5000,
  forgetAfterMs: 15 * 60_000,
};

interface Failures {
  count: number;
  lastAt: number;
}

const MAX_TRACKED = 50_000;

export class SignInThrottle {
  private readonly clients = new Map<string, Failures>();
  private readonly accounts = new Map<string, Failures>();

  constructor(private readonly options: ThrottleOptions = DEFAULT_THROTTLE) {}

  private delayFor(failures: Failures | undefined, cap: number, now: number): number {
    if (!failures || now - failures.lastAt > this.options.forgetAfterMs) return 0;
    const beyond = failures.count - this.options.freeFailures;
    if (beyond < 0) return 0;
    return Math.min(this.options.baseDelayMs * 2 ** beyond, cap);
  }

  /** Milliseconds this client must still wait before it may try again; 0 when it may. */
  clientWaitMs(client: string, now = Date.now()): number {
    const failures = this.clients.get(client);
    const delay = this.delayFor(failures, this.options.maxClientDelayMs, now);
    return delay && failures ? Math.max(0, failures.lastAt + delay - now) : 0;
  }

  /** How long to hold a sign-in to this account before checking its password. */
  accountDelayMs(account: string, now = Date.now()): number {
    return this.delayFor(this.accounts.get(account.toLowerCase()), this.options.maxAccountDelayMs, now);
  }

  recordFailure(client: string, account: string | null, now = Date.now()): void {
    bump(this.clients, client, now);
    if (account) bump(this.accounts, account.toLowerCase(), now);
  }

  recordSuccess(account: string | null): void {
    if (account) this.accounts.delete(account.toLowerCase());
  }
}

function bump(map: Map<string, Failures>, key: string, now: number): void {
  if (map.size > MAX_TRACKED) map.clear();
  const known = map.get(key);
  map.set(key, { count: (known?.count ?? 0) + 1, lastAt: now });
}
