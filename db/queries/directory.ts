import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { escapeLike } from './people';

export interface PersonEntry {
  slug: string;
  name: string;
  events: number;
  lastDate: string | null;
}

export interface CountryEntry {
  code: string;
  /** events placed in the country */
  hosted: number;
  /** events with a participant representing it */
  represented: number;
}

/** People with how many live events they take part in, most active first; `q` narrows by name or alias. */
export function listPeopleWithCounts(db: Db, q: string, limit = 500): PersonEntry[] {
  const pattern = `%${escapeLike(q.trim())}%`;
  return db.all<PersonEntry>(sql`
    select p.slug as slug, p.name as name, count(e.id) as events, max(e.start_date) as lastDate
    from people p
    left join event_participants ep on ep.person_id = p.id
    left join events e on e.id = ep.event_id and e.deleted_at is null
    where ${q.trim() ? sql`(p.name like ${pattern} escape '\\' or exists (select 1 from json_each(p.aliases) where json_each.value like ${pattern} escape '\\'))` : sql`1 = 1`}
    group by p.id
    order by events desc, p.name asc
    limit ${limit}`);
}

/** Countries that have events, as host or as represented, with their counts. */
export function listCountriesWithCounts(db: Db): CountryEntry[] {
  return db.all<CountryEntry>(sql`
    select code, sum(hosted) as hosted, sum(represented) as represented from (
      select pl.country as code, count(distinct e.id) as hosted, 0 as represented
      from events e join places pl on pl.id = e.place_id
      where e.deleted_at is null group by pl.country
      union all
      select ep.country as code, 0 as hosted, count(distinct e.id) as represented
      from event_participants ep join events e on e.id = ep.event_id
      where e.deleted_at is null and ep.country is not null group by ep.country
    ) group by code order by hosted + represented desc, code asc`);
}
