/**
 * "mark-rutte.ics" -> "mark-rutte" ("abc.atom" with extension "atom"); anything else is not a feed. Next has decoded
 * the path segment already (and keeps it raw when its encoding is malformed): decoding again would
 * turn "%25" into a lone "%" and throw.
 */
export function readFeedFileName(file: string, extension: 'ics' | 'atom' = 'ics'): string | null {
  const match = new RegExp(`^(.{1,100})\\.${extension}$`).exec(file);
  return match ? match[1] : null;
}
