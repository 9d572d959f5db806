import { z } from 'zod';
import { EVENT_CERTAINTIES, EVENT_KINDS, EVENT_STATUSES } from './event-record';
import { isCountryCode } from './countries';
import { isDateTime, isLocalDate, isValidZone } from '../time/zones';

export const TITLE_MAX = 300;
export const NAME_MAX = 200;
export const NOTES_MAX = 10_000;

/** Trimmed optional text: empty means absent, so a cleared form field clears the value. */
const optionalText = (max: number, label: string) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .nullish()
    .transform((value) => (value ? value : null));

const countryCode = z
  .string({ error: 'Country must be a two-letter ISO code' })
  .trim()
  .toUpperCase()
  .refine(isCountryCode, 'Country must be a two-letter ISO 3166 code such as US or FR')
  .nullish()
  .or(z.literal('').transform(() => null))
  .transform((value) => value ?? null);

const dateOrDateTime = (label: string) =>
  z
    .string({ error: `${label} must be a date (YYYY-MM-DD) or a date-time (YYYY-MM-DDTHH:mm)` })
    .trim()
    .max(40, `${label} must be a date (YYYY-MM-DD) or a date-time (YYYY-MM-DDTHH:mm)`)
    .refine(
      (value) => value === '' || isLocalDate(value) || isDateTime(value),
      `${label} must be a real date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:mm)`,
    );

export const participantInputSchema = z.object({
  name: z
    .string({ error: 'Name is required' })
    .trim()
    .min(1, 'Name is required')
    .max(NAME_MAX, `Name must be at most ${NAME_MAX} characters`),
  role: optionalText(200, 'Role'),
  organization: optionalText(200, 'Organisation'),
  country: countryCode,
});

export const evidenceInputSchema = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    /** the span's own words, when the article's text is at hand (an ingest) */
    quote: optionalText(5000, 'Quote'),
  })
  .refine((span) => span.end >= span.start, { message: 'Evidence must end after it starts', path: ['end'] });

export const sourceInputSchema = z.object({
  url: optionalText(2000, 'URL').refine(
    (value) => value === null || /^https?:\/\/\S+$/i.test(value),
    'URL must start with http:// or https://',
  ),
  publisher: optionalText(200, 'Publisher'),
  language: optionalText(8, 'Language'),
  published: z
    .string()
    .trim()
    .refine((value) => value === '' || isLocalDate(value), 'Published must be a date (YYYY-MM-DD)')
    .nullish()
    .transform((value) => (value ? value : null)),
  quote: optionalText(5000, 'Quote'),
  evidence: z.array(evidenceInputSchema).max(50, 'At most 50 evidence spans').default([]),
});

export const eventInputSchema = z
  .object({
    kind: z.enum(EVENT_KINDS, { error: `Kind must be one of ${EVENT_KINDS.join(', ')}` }),
    title: z
      .string({ error: 'Title is required' })
      .trim()
      .min(1, 'Title is required')
      .max(TITLE_MAX, `Title must be at most ${TITLE_MAX} characters`)
      // Titles land in feeds, terminals and CSV: no escapes, bells, NULs or other control characters.
      // Line breaks and tabs are kept (feeds escape them, and a test holds them exactly).
      .refine((title) => !/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(title), 'Title must not contain control characters (escapes, NUL, bell…); line breaks and tabs are fine'),
    status: z.enum(EVENT_STATUSES, { error: `Status must be one of ${EVENT_STATUSES.join(', ')}` }).default('scheduled'),
    certainty: z
      .enum(EVENT_CERTAINTIES, { error: `Certainty must be one of ${EVENT_CERTAINTIES.join(', ')}` })
      .default('confirmed'),
    start: dateOrDateTime('Start').nullish(),
    end: dateOrDateTime('End').nullish(),
    timezone: z
      .string({ error: 'Time zone must be an IANA name such as Europe/Rome' })
      .trim()
      .max(64, 'Time zone must be an IANA name such as Europe/Rome')
      .refine((zone) => zone === '' || isValidZone(zone), 'Unknown time zone: use an IANA name such as Europe/Rome')
      .nullish()
      .transform((value) => (value ? value : null)),
    location: z
      .object({ city: optionalText(120, 'City'), country: countryCode })
      .nullish()
      .transform((value) => (value && (value.city || value.country) ? value : null)),
    parentId: z.number({ error: 'Parent must be an event id' }).int().positive().nullish().transform((v) => v ?? null),
    participants: z.array(participantInputSchema).max(100, 'At most 100 participants').default([]),
    sources: z.array(sourceInputSchema).max(20, 'At most 20 sources').default([]),
    notes: optionalText(NOTES_MAX, 'Notes'),
  })
  .superRefine((input, ctx) => {
    if (!input.start) {
      ctx.addIssue({ code: 'custom', path: ['start'], message: 'Start is required' });
      return;
    }
    const end = input.end || input.start;
    const startTimed = isDateTime(input.start);
    const endTimed = isDateTime(end);
    if (startTimed && !input.timezone) {
      ctx.addIssue({ code: 'custom', path: ['timezone'], message: 'A timed event needs the time zone of its place' });
    }
    if (!startTimed && endTimed) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'End has a time but start does not: give both or neither' });
    }
    if (end.slice(0, 10) < input.start.slice(0, 10)) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'End must not be before start' });
    }
    const names = new Set<string>();
    input.participants.forEach((participant, index) => {
      const key = participant.name.toLocaleLowerCase();
      if (names.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['participants', index, 'name'], message: 'This person is listed twice' });
      }
      names.add(key);
    });
  });

export type EventInput = z.input<typeof eventInputSchema>;
export type ValidEventInput = z.output<typeof eventInputSchema>;

/** PATCH bodies: any subset of the fields, plus the version the client last saw. */
export const eventPatchSchema = z.object({
  version: z.number({ error: 'Version must be a whole number' }).int().positive().optional(),
  reason: optionalText(500, 'Reason'),
});

export const EVENT_INPUT_FIELDS = [
  'kind',
  'title',
  'status',
  'start',
  'end',
  'timezone',
  'location',
  'parentId',
  'participants',
  'sources',
  'notes',
] as const;
