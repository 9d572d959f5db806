CREATE TABLE `person_merges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`from_slug` text NOT NULL,
	`from_name` text NOT NULL,
	`into_person_id` integer NOT NULL,
	`into_slug` text NOT NULL,
	`into_name` text NOT NULL,
	`event_ids` text NOT NULL,
	`dropped_participations` integer DEFAULT 0 NOT NULL,
	`actor` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`into_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `person_merges_from_slug_idx` ON `person_merges` (`from_slug`);--> statement-breakpoint
CREATE INDEX `person_merges_into_idx` ON `person_merges` (`into_person_id`);--> statement-breakpoint
CREATE INDEX `person_merges_created_idx` ON `person_merges` (`created_at`);