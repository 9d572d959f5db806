import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { saveIngest } from '@/lib/client/api-client';
import { rememberLastSave } from '@/lib/client/last-save';
import type { ExtractionResult } from '@/lib/events/event-record';
import { detachSkippedParents, type DraftReview } from './draft-review';
import type { ArticleSource } from './use-article-source';

/**
 * Saves the reviewed drafts with their source in one request, then shows the saved days on the
 * timeline, which says what was saved (remembered for it).
 */
export function useIngestSave(source: ArticleSource, result: ExtractionResult | null, reviews: DraftReview[]) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const { text, url, publisher, published, language } = source;
  return useMutation({
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
}
