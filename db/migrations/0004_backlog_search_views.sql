CREATE TABLE "saved_views" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"query" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "saved_views_user_name" ON "saved_views" USING btree ("user_id","name");--> statement-breakpoint
ALTER TABLE "backlog_items" ADD COLUMN "updated_by" uuid;--> statement-breakpoint
ALTER TABLE "backlog_items" ADD CONSTRAINT "backlog_items_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "backlog_items" ADD COLUMN "checklist_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE "backlog_items" b SET "checklist_text" = c.t FROM (
  SELECT item_id, string_agg(text, ' ' ORDER BY kind, position) AS t FROM checklist_items GROUP BY item_id
) c WHERE c.item_id = b.id;--> statement-breakpoint
ALTER TABLE "backlog_items" DROP COLUMN "search_vector";--> statement-breakpoint
ALTER TABLE "backlog_items" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple', coalesce(key, '')), 'A') || setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', coalesce(description, '')), 'C') || setweight(to_tsvector('simple', coalesce(checklist_text, '')), 'D')) STORED;--> statement-breakpoint
CREATE INDEX "backlog_items_search_idx" ON "backlog_items" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "backlog_items" ADD COLUMN "key_prefix" text GENERATED ALWAYS AS (regexp_replace(key, '[0-9]+$', '')) STORED;--> statement-breakpoint
ALTER TABLE "backlog_items" ADD COLUMN "key_number" numeric GENERATED ALWAYS AS (nullif(substring(key from '([0-9]+)$'), '')::numeric) STORED;--> statement-breakpoint
CREATE INDEX "backlog_items_priority_key_idx" ON "backlog_items" USING btree ("priority","key_prefix","key_number","id");--> statement-breakpoint
CREATE INDEX "backlog_items_untriaged_idx" ON "backlog_items" USING btree ("created_at") WHERE priority is null and status not in ('done', 'wont_do');--> statement-breakpoint
-- Keeps backlog_items.checklist_text equal to its checklist entries' texts. Statement-level with
-- transition tables, so an import inserting thousands of entries updates each item once.
CREATE FUNCTION checklist_text_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE backlog_items b SET checklist_text = coalesce(
    (SELECT string_agg(c.text, ' ' ORDER BY c.kind, c.position) FROM checklist_items c WHERE c.item_id = b.id), '')
  WHERE b.id IN (SELECT item_id FROM new_rows);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION checklist_text_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE backlog_items b SET checklist_text = coalesce(
    (SELECT string_agg(c.text, ' ' ORDER BY c.kind, c.position) FROM checklist_items c WHERE c.item_id = b.id), '')
  WHERE b.id IN (SELECT item_id FROM old_rows);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION checklist_text_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE backlog_items b SET checklist_text = coalesce(
    (SELECT string_agg(c.text, ' ' ORDER BY c.kind, c.position) FROM checklist_items c WHERE c.item_id = b.id), '')
  WHERE b.id IN (SELECT n.item_id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE o.text IS DISTINCT FROM n.text
                 UNION SELECT o.item_id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE o.item_id <> n.item_id);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER checklist_items_text_insert AFTER INSERT ON checklist_items REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION checklist_text_after_insert();--> statement-breakpoint
CREATE TRIGGER checklist_items_text_delete AFTER DELETE ON checklist_items REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION checklist_text_after_delete();--> statement-breakpoint
CREATE TRIGGER checklist_items_text_update AFTER UPDATE ON checklist_items REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION checklist_text_after_update();
