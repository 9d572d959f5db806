import { DateTime } from 'luxon';
import { useCallback, useState } from 'react';

/** The article being read and what is known of where it comes from, as the analyst typed or the page gave it. */
export interface ArticleSource {
  text: string;
  url: string;
  publisher: string;
  /** YYYY-MM-DD; today until told otherwise */
  published: string;
  /** '' to detect the language */
  language: string;
}

export function useArticleSource() {
  const [source, setSource] = useState<ArticleSource>(() => ({ text: '', url: '', publisher: '', published: DateTime.local().toISODate() ?? '', language: '' }));
  const updateSource = useCallback((patch: Partial<ArticleSource>) => setSource((current) => ({ ...current, ...patch })), []);
  return [source, updateSource] as const;
}
