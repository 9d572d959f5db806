/**
 * "mark-rutte.ics" -> "mark-rutte"; anything not ending in .ics is not a feed. Next has decoded
 * the path segment already (and keeps it raw when its encoding is malformed): decoding again would
 * turn "%25" into a lone "%" and throw.
 */
export function readFeedFileName(file: string): string | null {
  const match = /^(.{1,100})\.ics$/.exec(file);
  return match ? match[1] : null;
}
