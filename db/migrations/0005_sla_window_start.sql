ALTER TABLE "backlog_items" ADD COLUMN "sla_started_at" timestamp with time zone;--> statement-breakpoint
UPDATE "backlog_items" SET "sla_started_at" = "triaged_at" WHERE "triaged_at" IS NOT NULL;