'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import { useRouter } from 'next/navigation';
import { useState, type DragEvent, type FormEvent } from 'react';
import { ApiError, extractArticle, extractFromUrl, findDuplicates, saveIngest } from '@/lib/client/api-client';
import { rememberLastSave } from '@/lib/client/last-save';
import type { EvidenceSpan, ExtractionResult } from '@/lib/events/event-record';
import { DraftCard } from './draft-card';
import { detachSkippedParents, findSkippedParentTitle, parentChoices, saveButtonLabel, startReview, type DraftReview } from './draft-review';
import { EvidenceText } from './evidence-text';
import { findSentenceNaming } from './find-sentence';
import { readArticleFile } from './read-article-file';

const LANGUAGES = [
  ['', 'Detect automatically'],
  ['en', 'English'],
  ['it', 'Italian'],
  ['fr', 'French'],
  ['de', 'German'],
  ['es', 'Spanish'],
] as const;

export function IngestView() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [publisher, setPublisher] = useState('');
  const [published, setPublished] = useState(() => DateTime.local().toISODate() ?? '');
  const [language, setLanguage] = useState('');
  const [result, setResult] = useState<ExtractionResult | null>(null);
  const [reviews, setReviews] = useState<DraftReview[]>([]);
  const [highlight, setHighlight] = useState<EvidenceSpan[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);

  // Dated drafts with their likely duplicates among saved events, ready for review.
  async function prepareReview(extracted: ExtractionResult) {
    const dated = extracted.events.filter((e) => e.start);
    const duplicates = dated.length ? await findDuplicates(dated) : { matches: [] };
    return { extracted, dated, duplicates };
  }
  function showReview({ extracted, dated, duplicates }: Awaited<ReturnType<typeof prepareReview>>) {
    setResult(extracted);
    setReviews(dated.map((draft, i) => startReview(draft, duplicates.matches[i]?.candidates ?? [])));
    setHighlight([]);
  }

  const extraction = useMutation({
    mutationFn: async () => prepareReview(await extractArticle({ text, published: published || null, lang: language || null })),
    onSuccess: showReview,
  });

  // "Read the page": the server fetches the address, keeps the article and fills the source fields.
  const pageReading = useMutation({
    mutationFn: async () => {
      const extracted = await extractFromUrl(url.trim());
      const { article } = extracted;
      setText(article.text);
      setUrl(article.url);
      if (article.publisher) setPublisher(article.publisher);
      if (article.published) setPublished(article.published);
      if (article.language) setLanguage(article.language);
      return prepareReview(extracted);
    },
    onSuccess: showReview,
  });
  const urlError = pageReading.error instanceof ApiError ? pageReading.error.fields.url?.[0] ?? pageReading.error.message : pageReading.error ? String(pageReading.error) : null;

  const saving = useMutation({
    mutationFn: () =>
      saveIngest({
        source: { url: url || null, publisher: publisher || null, language: result?.language ?? (language || null), published: published || null, text },
        items: detachSkippedParents(reviews).map((review) => ({
          action: review.action,
          draft: review.draft,
          ...(review.action === 'merge' && review.mergeTargetId
            ? { mergeInto: { id: review.mergeTargetId, version: review.candidates.find((c) => c.event.id === review.mergeTargetId)!.event.version, fields: review.confirmedFields } }
            : {}),
        })),
      }),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries();
      const all = [...saved.created, ...saved.merged];
      if (all.length === 0) return;
      const ref = (e: { id: number; title: string }) => ({ id: e.id, title: e.title });
      rememberLastSave({ created: saved.created.map(ref), merged: saved.merged.map(ref), skipped: saved.skipped });
      const from = all.map((e) => e.startDate).sort()[0];
      const to = all.map((e) => e.endDate).sort().at(-1)!;
      router.push(`/?from=${from}&to=${to}`);
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (text.trim()) extraction.mutate();
  }

  async function dropFile(event: DragEvent<HTMLTextAreaElement>) {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    setFileError(null);
    if (!/\.(txt|html?)$/i.test(file.name) || file.size > 2_000_000) {
      setFileError('Drop a .txt or .html file under 2 MB.');
      return;
    }
    setText(await readArticleFile(file));
  }

  const saveErrors = saving.error instanceof ApiError ? Object.entries(saving.error.fields) : [];
  const toSave = reviews.filter((r) => r.action !== 'skip').length;
  const titleOf = (draftId: string | null) => reviews.find((r) => r.draft.id === draftId)?.draft.title ?? null;

  return (
    <div className="ingest">
      <form className="ingest-form event-form" onSubmit={submit} aria-label="Article to extract">
        <label htmlFor="article-text">Article text (paste, or drop a .txt or .html file)</label>
        <textarea id="article-text" value={text} onChange={(e) => setText(e.target.value)} onDrop={dropFile} rows={12} maxLength={200_000} />
        {fileError && <p className="field-error">{fileError}</p>}
        <div className="row">
          <div>
            <label htmlFor="source-url">Source URL</label>
            <span className="url-reader">
              <input id="source-url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…" aria-invalid={Boolean(urlError)} aria-describedby={urlError ? 'source-url-error' : undefined} />
              <button type="button" onClick={() => pageReading.mutate()} disabled={!url.trim() || pageReading.isPending}>
                {pageReading.isPending ? 'Reading…' : 'Read the page'}
              </button>
            </span>
            {urlError && (
              <p id="source-url-error" role="alert" className="field-error">
                {urlError}
              </p>
            )}
          </div>
          <div>
            <label htmlFor="source-publisher">Publisher</label>
            <input id="source-publisher" value={publisher} onChange={(e) => setPublisher(e.target.value)} />
          </div>
          <div>
            <label htmlFor="source-published">Published on</label>
            <input id="source-published" type="date" value={published} onChange={(e) => setPublished(e.target.value)} />
          </div>
          <div>
            <label htmlFor="source-language">Language</label>
            <select id="source-language" value={language} onChange={(e) => setLanguage(e.target.value)}>
              {LANGUAGES.map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="actions">
          <button type="submit" disabled={!text.trim() || extraction.isPending}>
            {extraction.isPending ? 'Extracting…' : 'Extract events'}
          </button>
        </div>
        {extraction.isError && (
          <p role="alert" className="error-summary">
            {extraction.error.message}
          </p>
        )}
      </form>

      {result && (
        <section className="review" aria-label="Review the extracted events">
          <div className="review-text" tabIndex={0} role="region" aria-label="The article, with the evidence of the focused draft">
            <h2>Article</h2>
            <p className="count">
              Language: {result.language} · published {result.published ?? 'unknown'}
            </p>
            <EvidenceText text={text} spans={highlight} />
          </div>
          <div className="review-drafts">
            <h2>
              {reviews.length} draft{reviews.length === 1 ? '' : 's'}
            </h2>
            {reviews.length === 0 && <p>No dated event with a named participant was found in this article.</p>}
            {reviews.map((review, index) => (
              <DraftCard
                key={review.draft.id}
                index={index}
                review={review}
                parentTitle={titleOf(review.draft.parent)}
                parentChoices={parentChoices(reviews, review.draft.id)}
                skippedParentTitle={findSkippedParentTitle(reviews, review)}
                onChange={(next) => setReviews((all) => all.map((r, i) => (i === index ? next : r)))}
                onFocusEvidence={setHighlight}
                onShowPerson={(name) => {
                  const span = findSentenceNaming(text, name);
                  if (span) setHighlight([span]);
                }}
              />
            ))}
            {saveErrors.length > 0 && (
              <div role="alert" className="error-summary">
                <p>{saving.error?.message}</p>
                <ul>
                  {saveErrors.map(([field, messages]) => (
                    <li key={field}>
                      {field.replace(/^items\.(\d+)\./, (_, n) => `Draft ${Number(n) + 1}: `)} — {messages[0]}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {saving.isError && saveErrors.length === 0 && (
              <p role="alert" className="error-summary">
                {saving.error.message}
              </p>
            )}
            {reviews.length > 0 && (
              <button type="button" className="primary" onClick={() => saving.mutate()} disabled={saving.isPending || toSave === 0}>
                {saving.isPending ? 'Saving…' : saveButtonLabel(reviews)}
              </button>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
