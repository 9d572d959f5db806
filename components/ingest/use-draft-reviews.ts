import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, extractArticle, extractFromUrl, findDuplicates } from '@/lib/client/api-client';
import type { EvidenceSpan, ExtractionResult } from '@/lib/events/event-record';
import type { ArticleSource } from './use-article-source';
import { startReview, type DraftReview } from './draft-review';

/** Dated drafts with their likely duplicates among saved events, ready for review. */
async function prepareReview(extracted: ExtractionResult) {
  const dated = extracted.events.filter((e) => e.start);
  const duplicates = dated.length ? await findDuplicates(dated) : { matches: [] };
  return { extracted, dated, duplicates };
}

/**
 * Extraction of the article, pasted or read from its address, into drafts under review: each
 * draft's review (action, merge target, fields taken) and the evidence highlighted in the text.
 */
export function useDraftReviews(source: ArticleSource, updateSource: (patch: Partial<ArticleSource>) => void) {
  const [result, setResult] = useState<ExtractionResult | null>(null);
  const [reviews, setReviews] = useState<DraftReview[]>([]);
  const [highlight, setHighlight] = useState<EvidenceSpan[]>([]);

  function showReview({ extracted, dated, duplicates }: Awaited<ReturnType<typeof prepareReview>>) {
    setResult(extracted);
    setReviews(dated.map((draft, i) => startReview(draft, duplicates.matches[i]?.candidates ?? [])));
    setHighlight([]);
  }

  const extraction = useMutation({
    mutationFn: async () => prepareReview(await extractArticle({ text: source.text, published: source.published || null, lang: source.language || null })),
    onSuccess: showReview,
  });

  // "Read the page": the server fetches the address, keeps the article and fills the source fields.
  const pageReading = useMutation({
    mutationFn: async () => {
      const extracted = await extractFromUrl(source.url.trim());
      const { article } = extracted;
      updateSource({
        text: article.text,
        url: article.url,
        ...(article.publisher ? { publisher: article.publisher } : {}),
        ...(article.published ? { published: article.published } : {}),
        ...(article.language ? { language: article.language } : {}),
      });
      return prepareReview(extracted);
    },
    onSuccess: showReview,
  });
  const urlError = pageReading.error instanceof ApiError ? pageReading.error.fields.url?.[0] ?? pageReading.error.message : pageReading.error ? String(pageReading.error) : null;

  return { result, reviews, setReviews, highlight, setHighlight, extraction, pageReading, urlError };
}
