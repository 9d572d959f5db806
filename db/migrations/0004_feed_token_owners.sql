ALTER TABLE `feed_tokens` ADD `owner_user_id` text REFERENCES user(id) ON DELETE cascade;--> statement-breakpoint
ALTER TABLE `feed_tokens` ADD `owner_token_id` integer REFERENCES api_tokens(id);--> statement-breakpoint
CREATE INDEX `feed_tokens_owner_user_idx` ON `feed_tokens` (`owner_user_id`);--> statement-breakpoint
CREATE INDEX `feed_tokens_owner_token_idx` ON `feed_tokens` (`owner_token_id`);