/** Who may do what: pure rules, so they are tested without a server. */
export const ROLE_RANK = { viewer: 1, editor: 2, admin: 3 } as const;
export type Role = keyof typeof ROLE_RANK;
export type Need = 'read' | 'write' | 'admin';

export interface Actor {
  kind: 'user' | 'token' | 'feed-key' | 'anonymous';
  id: string;
  /** what revisions record: "user:ann@example.org", "token:nightly-import", "anonymous" */
  label: string;
  role: Role | null;
}

export const ANONYMOUS: Actor = { kind: 'anonymous', id: '', label: 'anonymous', role: null };

/** The request was refused for who is asking (401) or what they may do (403). */
export class AccessError extends Error {
  constructor(
    readonly status: 401 | 403,
    message: string,
  ) {
    super(message);
  }
}

export interface AccessSituation {
  /** false on a fresh install with no account and no API token: everything is open */
  secured: boolean;
  readAccess: 'public' | 'signed-in';
  actor: Actor;
}

const NEEDED_ROLE: Record<Need, Role> = { read: 'viewer', write: 'editor', admin: 'admin' };

export function checkAccess({ secured, readAccess, actor }: AccessSituation, need: Need): void {
  if (!secured) return;
  if (need === 'read' && readAccess === 'public') return;
  // A feed key reads feeds; it never writes, whoever it belongs to.
  const role = actor.kind === 'feed-key' ? 'viewer' : actor.role;
  if (!role) {
    throw new AccessError(401, need === 'read' ? 'Sign in to read Summitry, or use an API token or feed key' : 'Sign in (or use an API token) to make changes');
  }
  if (ROLE_RANK[role] < ROLE_RANK[NEEDED_ROLE[need]]) {
    throw new AccessError(403, need === 'admin' ? 'Only admins can do this' : 'Your role is read-only: ask an admin for editor access');
  }
}

/**
 * Cookies ride along on cross-site requests, so a state-changing request that authenticates with a
 * session must come from our own pages: its Origin matches ours in scheme, host and port, or, when
 * a browser sends no Origin, it says `Sec-Fetch-Site: same-origin`. A request with neither is not
 * from a browser page of ours and is refused, as is `Origin: null` (sandboxed or privacy-redirected).
 */
export function checkSameOrigin(headers: { origin: string | null; secFetchSite: string | null }, expectedOrigin: string): void {
  if (headers.origin === null) {
    if (headers.secFetchSite === 'same-origin') return;
    throw new AccessError(403, 'Cross-site request refused: a signed-in change must come from Summitry’s own pages');
  }
  let origin: string;
  try {
    origin = new URL(headers.origin).origin;
  } catch {
    throw new AccessError(403, 'Cross-site request refused');
  }
  if (origin !== expectedOrigin) throw new AccessError(403, 'Cross-site request refused');
}
