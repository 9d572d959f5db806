/**
 * Whole rendered feeds, remembered per feed URL and a caller-supplied signature, for the 304 path:
 * with a signature hit the route skips loading 10,000 records and rendering, and computeEtag finds
 * the very same body string (an O(1) memo hit). The signature must change whenever the feed could:
 * e.g. `${past}|${window.asOf}|${max(events.updatedAt)}|${count(events)}|${max(people.updatedAt)}`
 * taken across ALL events, since an edit can move an event out of a filtered feed.
 */
export interface MemoizedFeed {
  body: string;
  /** HTTP-date */
  lastModified: string | null;
  etag: string;
}

export class FeedMemo {
  private readonly feeds = new Map<string, { signature: string; feed: MemoizedFeed }>();

  constructor(readonly capacity = 256) {}

  /** The remembered feed when the signature still matches, else builds and remembers a new one. */
  resolve(key: string, signature: string, build: () => MemoizedFeed): MemoizedFeed {
    const found = this.feeds.get(key);
    if (found && found.signature === signature) return found.feed;
    const feed = build();
    this.feeds.delete(key);
    this.feeds.set(key, { signature, feed });
    if (this.feeds.size > this.capacity) {
      const oldest = this.feeds.keys().next().value;
      if (oldest !== undefined) this.feeds.delete(oldest);
    }
    return feed;
  }

  clear(): void {
    this.feeds.clear();
  }
}

/** The process-wide memo the feed routes share. */
export const sharedFeedMemo = new FeedMemo();
