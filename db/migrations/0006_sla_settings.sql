CREATE TABLE "workspace_settings" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"at_risk_share" double precision DEFAULT 0.2 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workspace_settings_single_row" CHECK ("workspace_settings"."id" = 1),
	CONSTRAINT "workspace_settings_at_risk_range" CHECK ("workspace_settings"."at_risk_share" > 0 and "workspace_settings"."at_risk_share" < 1)
);
--> statement-breakpoint
CREATE INDEX "backlog_items_open_sla_idx" ON "backlog_items" USING btree ("priority","due_at") INCLUDE ("sla_started_at","triaged_at","created_at") WHERE status not in ('done', 'wont_do');--> statement-breakpoint
INSERT INTO "workspace_settings" ("id") VALUES (1) ON CONFLICT DO NOTHING;