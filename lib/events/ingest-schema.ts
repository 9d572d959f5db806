import { z } from 'zod';
import { isLocalDate } from '../time/zones';

export const MERGEABLE_FIELDS = ['title', 'status', 'certainty', 'start', 'end', 'timezone', 'location'] as const;
export type MergeableField = (typeof MERGEABLE_FIELDS)[number];

export const ARTICLE_MAX = 200_000;

/** One article's reviewed drafts: what to create, what to merge into saved events, what to skip. */
export const ingestRequestSchema = z.object({
  source: z.object({
    url: z
      .string()
      .trim()
      .max(2000, 'URL must be at most 2000 characters')
      .refine((v) => v === '' || /^https?:\/\/\S+$/i.test(v), 'URL must start with http:// or https://')
      .nullish()
      .transform((v) => v || null),
    publisher: z.string().trim().max(200, 'Publisher must be at most 200 characters').nullish().transform((v) => v || null),
    language: z.string().trim().max(8).nullish().transform((v) => v || null),
    published: z
      .string()
      .trim()
      .refine((v) => v === '' || isLocalDate(v), 'Published must be a date (YYYY-MM-DD)')
      .nullish()
      .transform((v) => v || null),
    text: z.string().max(ARTICLE_MAX, `The article must be at most ${ARTICLE_MAX} characters`).default(''),
  }),
  items: z
    .array(
      z.object({
        action: z.enum(['create', 'merge', 'skip'], { error: 'Choose create, merge or skip' }),
        draft: z.record(z.string(), z.unknown(), { error: 'Each item needs its draft event' }),
        mergeInto: z
          .object({
            id: z.number().int().positive(),
            version: z.number().int().positive(),
            /** fields the analyst confirmed taking from the draft; others keep the saved values */
            fields: z.array(z.enum(MERGEABLE_FIELDS)).default([]),
          })
          .optional(),
      }),
    )
    .min(1, 'Nothing to save')
    .max(500, 'At most 500 drafts at once'),
});

export type IngestRequest = z.output<typeof ingestRequestSchema>;
