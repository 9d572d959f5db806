/** "mark-rutte.ics" -> "mark-rutte"; anything not ending in .ics is not a feed. */
export function readFeedFileName(file: string): string | null {
  const match = /^(.{1,100})\.ics$/.exec(decodeURIComponent(file));
  return match ? match[1] : null;
}
