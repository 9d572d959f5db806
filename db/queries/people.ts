import { asc, eq, inArray, like, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { readDataVersion } from './data-version';
import type { SavedPeopleJson } from '../../lib/extract-pool/extract-worker';
import { offices, people, personMerges } from '../schema';
import { slugify } from '../../lib/events/slug';
import { nowUtcIso } from '../../lib/time/zones';

export type Person = typeof people.$inferSelect;
export type Office = typeof offices.$inferSelect;

export interface PersonWithOffices extends Person {
  offices: Office[];
}

/** The saved person with this name, by slug or by a known alias. */
export function findPersonByName(db: Db, name: string): Person | null {
  const slug = slugify(name);
  const existing = slug ? db.select().from(people).where(eq(people.slug, slug)).get() : undefined;
  if (existing) return existing;
  return (
    db
      .select()
      .from(people)
      .where(sql`exists (select 1 from json_each(${people.aliases}) where lower(json_each.value) = lower(${name}))`)
      .get() ?? null
  );
}

/** The person with this name (by slug or known alias), created when new. */
export function findOrCreatePerson(db: Db, name: string): Person {
  const existing = findPersonByName(db, name);
  if (existing) return existing;
  return db.insert(people).values({ slug: slugify(name) || 'unnamed', name, aliases: [], createdAt: nowUtcIso() }).returning().get();
}

/** Records an office the first time a role is seen for a person. */
export function recordOffice(
  db: Db,
  personId: number,
  office: { title: string | null; organization: string | null; country: string | null },
): void {
  if (!office.title) return;
  const known = db.select().from(offices).where(eq(offices.personId, personId)).all();
  const same = known.some(
    (o) => o.title === office.title && (o.organization ?? null) === office.organization && (o.country ?? null) === office.country,
  );
  if (!same) db.insert(offices).values({ personId, title: office.title, organization: office.organization, country: office.country }).run();
}

export function getPersonBySlug(db: Db, slug: string): PersonWithOffices | null {
  const person = db.select().from(people).where(eq(people.slug, slug)).get();
  if (!person) return null;
  return { ...person, offices: db.select().from(offices).where(eq(offices.personId, person.id)).all() };
}

/**
 * The people these slugs name; an old slug of someone merged into another names that person, so
 * saved filters, private feeds and bookmarked views keep following them (issue 15).
 */
export function findPeopleBySlugs(db: Db, slugs: string[]): Person[] {
  if (slugs.length === 0) return [];
  const found = db.select().from(people).where(inArray(people.slug, slugs)).all();
  const missing = slugs.filter((slug) => !found.some((p) => p.slug === slug));
  if (!missing.length) return found;
  const merged = db.select({ id: personMerges.intoPersonId }).from(personMerges).where(inArray(personMerges.fromSlug, missing));
  return [...found, ...db.select().from(people).where(inArray(people.id, merged)).all().filter((p) => !found.some((f) => f.id === p.id))];
}

/** Autocomplete: names or aliases containing the text, with their offices. */
export function searchPeople(db: Db, query: string, limit = 20): PersonWithOffices[] {
  const pattern = `%${escapeLike(query.trim())}%`;
  const found = db
    .select()
    .from(people)
    .where(
      or(
        like(people.name, sql`${pattern} escape '\\'`),
        like(people.slug, sql`${`%${escapeLike(slugify(query))}%`} escape '\\'`),
        sql`exists (select 1 from json_each(${people.aliases}) where json_each.value like ${pattern} escape '\\')`,
      ),
    )
    .orderBy(asc(people.name))
    .limit(limit)
    .all();
  if (found.length === 0) return [];
  const officeRows = db.select().from(offices).where(inArray(offices.personId, found.map((p) => p.id))).all();
  return found.map((person) => ({ ...person, offices: officeRows.filter((o) => o.personId === person.id) }));
}

/** Everyone saved, for the extractor's gazetteer. */
export function listPeopleWithOffices(db: Db): PersonWithOffices[] {
  const all = db.select().from(people).all();
  const officeRows = db.select().from(offices).all();
  const byPerson = new Map<number, Office[]>();
  for (const office of officeRows) {
    const list = byPerson.get(office.personId) ?? [];
    list.push(office);
    byPerson.set(office.personId, list);
  }
  return all.map((person) => ({ ...person, offices: byPerson.get(person.id) ?? [] }));
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Saved people as extra gazetteer entries, so the extractor knows everyone an analyst has saved,
 * with the office most recently recorded for them.
 */
export function listGazetteerPeople(db: Db): Array<{ name: string; aliases: string[]; role: string | null; organization: string | null; country: string | null }> {
  return listPeopleWithOffices(db).map((person) => {
    const office = person.offices.at(-1);
    return {
      name: person.name,
      aliases: person.aliases,
      role: office?.title ?? null,
      organization: office?.organization ?? null,
      country: office?.country ?? null,
    };
  });
}

const gazetteerMemos = new WeakMap<object, { dataVersion: string; people: SavedPeopleJson }>();
let gazetteerSerial = 0;

/**
 * listGazetteerPeople serialised, rebuilt only when the database has changed. Every extraction
 * asks for it on the server's main thread, where reading 3,000 saved people took 20–100 ms and
 * stalled every other request; and a worker thread gets one string to copy instead of thousands
 * of objects to clone one by one. A worker may keep what it parsed for as long as `id` is the same.
 */
export function readGazetteerPeopleJson(db: Db): SavedPeopleJson {
  const dataVersion = readDataVersion(db);
  const known = gazetteerMemos.get(db.$client);
  if (known?.dataVersion === dataVersion) return known.people;
  const people = { id: ++gazetteerSerial, json: JSON.stringify(listGazetteerPeople(db)) };
  gazetteerMemos.set(db.$client, { dataVersion, people });
  return people;
}
