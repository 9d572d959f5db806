CREATE TABLE `clash_dismissals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`low_event_id` integer NOT NULL,
	`high_event_id` integer NOT NULL,
	`actor` text NOT NULL,
	`reason` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`low_event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`high_event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "clash_dismissals_pair_order" CHECK("clash_dismissals"."low_event_id" < "clash_dismissals"."high_event_id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `clash_dismissals_pair_unique` ON `clash_dismissals` (`low_event_id`,`high_event_id`);--> statement-breakpoint
CREATE INDEX `clash_dismissals_high_idx` ON `clash_dismissals` (`high_event_id`);