import { z } from 'zod';

/**
 * Merging people (issue 15): the same person saved twice ("Peña" and "Santiago Peña") splits their
 * page, feed and clashes. One is merged into the other; these are the rules that need no database.
 */

/** `POST /api/people/{slug}/merge`: the person to merge into, by slug or by a name they are saved under. */
export const personMergeInputSchema = z.object({
  into: z
    .string({ error: 'Choose the person to merge into' })
    .trim()
    .min(1, 'Choose the person to merge into')
    .max(200, 'A name is at most 200 characters'),
});

export type PersonMergeInput = z.output<typeof personMergeInputSchema>;

/**
 * The target's spellings after the merge: theirs, then the merged person's name and spellings,
 * each once whatever its case, never the target's own name.
 */
export function mergeAliases(target: { name: string; aliases: string[] }, merged: { name: string; aliases: string[] }): string[] {
  const seen = new Set([target.name.trim().toLowerCase()]);
  const out: string[] = [];
  for (const alias of [...target.aliases, merged.name, ...merged.aliases]) {
    const text = alias.trim();
    const key = text.toLowerCase();
    if (!text || seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

/** Why each event's participants changed, in its revision. */
export function describePersonMerge(fromName: string, intoName: string): string {
  return `${fromName} merged into ${intoName} (the same person)`;
}

/** A merge as the API answers it: who became whom, which events changed, who did it and when. */
export function toPersonMergeJson(row: {
  id: number;
  fromSlug: string;
  fromName: string;
  intoSlug: string;
  intoName: string;
  eventIds: number[];
  droppedParticipations: number;
  actor: string;
  createdAt: string;
}) {
  return {
    id: row.id,
    from: { slug: row.fromSlug, name: row.fromName },
    into: { slug: row.intoSlug, name: row.intoName },
    events: row.eventIds,
    droppedParticipations: row.droppedParticipations,
    actor: row.actor,
    createdAt: row.createdAt,
  };
}

export type PersonMergeJson = ReturnType<typeof toPersonMergeJson>;
