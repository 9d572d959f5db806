/**
 * Who is making a write, for the revision log. Until accounts exist every write is recorded as
 * "anonymous"; this is the one place that will read the session or API token.
 */
export function resolveActor(_request: Request): string {
  return 'anonymous';
}
