import type { EventRecord } from '@/lib/events/event-record';

/**
 * An event's sources: each article by its publisher (linked when it has an address), when it was
 * published, and the quotes that support the event. The timeline's panel also gives the language.
 */
export function SourceList({ sources, withLanguage = false }: { sources: EventRecord['sources']; withLanguage?: boolean }) {
  if (sources.length === 0) return <p>No source recorded.</p>;
  return (
    <ul className="sources">
      {sources.map((source) => (
        <li key={source.id}>
          {source.url ? (
            <a href={source.url} rel="noreferrer noopener">
              {source.publisher ?? source.url}
            </a>
          ) : (
            (source.publisher ?? 'Source')
          )}
          {withLanguage && source.language && <> · {source.language}</>}
          {source.published && <> · {source.published}</>}
          {source.evidence
            .filter((e) => e.quote)
            .map((e, i) => (
              <blockquote key={i}>{e.quote}</blockquote>
            ))}
        </li>
      ))}
    </ul>
  );
}
