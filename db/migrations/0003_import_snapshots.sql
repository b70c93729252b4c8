ALTER TABLE "backlog_items" ADD COLUMN "import_snapshot" jsonb;--> statement-breakpoint
ALTER TABLE "checklist_items" ADD COLUMN "from_import" boolean DEFAULT false NOT NULL;