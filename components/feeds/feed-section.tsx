import { FeedLinks } from './feed-links';

/** One group of feeds (people, countries, organisations): a name and its subscribe links each. */
export function FeedSection({ id, title, feeds }: { id: string; title: string; feeds: Array<{ label: string; path: string }> }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="feed-list">
        {feeds.map((feed) => (
          <li key={feed.path}>
            {feed.label} <FeedLinks path={feed.path} label={feed.label} />
          </li>
        ))}
      </ul>
    </section>
  );
}
