-- Who an audit row's actor_id points at: a user, an API token, or nobody (the system). Rows written
-- before this column existed are classified by the label every writer stored: "token:<prefix>"
-- for tokens, "system:<name>" for the system, a user's e-mail otherwise.
CREATE TYPE "public"."actor_kind" AS ENUM('user', 'token', 'system');--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "actor_type" "actor_kind";--> statement-breakpoint
-- The log refuses updates (0001); the backfill is the one sanctioned exception, in this transaction.
ALTER TABLE "audit_log" DISABLE TRIGGER "audit_log_no_update_delete";--> statement-breakpoint
UPDATE "audit_log" SET "actor_type" = (CASE
  WHEN "actor_label" LIKE 'token:%' THEN 'token'
  WHEN "actor_label" LIKE 'system:%' OR "actor_id" IS NULL THEN 'system'
  ELSE 'user'
END)::"actor_kind";--> statement-breakpoint
ALTER TABLE "audit_log" ENABLE TRIGGER "audit_log_no_update_delete";--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "actor_type" SET NOT NULL;
