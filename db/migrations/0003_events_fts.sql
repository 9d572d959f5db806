-- Full-text search over what an analyst types into the timeline's text box: titles, people (names
-- and roles) and places. Accents folded, so "Erdogan" finds "Erdoğan". Rows are written by
-- db/queries/event-search.ts in the same transaction as the event.
CREATE VIRTUAL TABLE `events_fts` USING fts5(`title`, `people`, `places`, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `events_fts` (`rowid`, `title`, `people`, `places`)
SELECT e.`id`, e.`title`,
  coalesce((SELECT group_concat(p.`name` || ' ' || coalesce(ep.`role`, '') || ' ' || coalesce(ep.`organization`, ''), ' ')
            FROM `event_participants` ep JOIN `people` p ON p.`id` = ep.`person_id` WHERE ep.`event_id` = e.`id`), ''),
  coalesce((SELECT coalesce(pl.`city`, '') || ' ' || pl.`country` FROM `places` pl WHERE pl.`id` = e.`place_id`), '')
FROM `events` e;
