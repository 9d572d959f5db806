'use client';

import { ArticleForm } from './article-form';
import { DraftReviewSection } from './draft-review-section';
import { useArticleSource } from './use-article-source';
import { useDraftReviews } from './use-draft-reviews';
import { useIngestSave } from './use-ingest-save';

/** From an article: extract its events, review each draft beside the text, and save them with the article as their source. */
export function IngestView() {
  const [source, updateSource] = useArticleSource();
  const { result, reviews, setReviews, highlight, setHighlight, extraction, pageReading, urlError } = useDraftReviews(source, updateSource);
  const saving = useIngestSave(source, result, reviews);
  return (
    <div className="ingest">
      <ArticleForm
        source={source}
        updateSource={updateSource}
        onExtract={() => extraction.mutate()}
        extracting={extraction.isPending}
        extractionError={extraction.isError ? extraction.error.message : null}
        onReadPage={() => pageReading.mutate()}
        readingPage={pageReading.isPending}
        urlError={urlError}
      />
      {result && (
        <DraftReviewSection
          result={result}
          text={source.text}
          highlight={highlight}
          setHighlight={setHighlight}
          reviews={reviews}
          setReviews={setReviews}
          onSave={() => saving.mutate()}
          saving={saving.isPending}
          saveError={saving.error}
        />
      )}
    </div>
  );
}
