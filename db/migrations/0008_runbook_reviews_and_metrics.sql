CREATE TABLE "runbook_metrics" (
	"runbook_id" uuid NOT NULL,
	"metric_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "runbook_metrics_runbook_id_metric_id_pk" PRIMARY KEY("runbook_id","metric_id")
);
--> statement-breakpoint
CREATE TABLE "runbook_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"runbook_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "runbooks" ADD COLUMN "draft" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "runbooks" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "runbooks" ADD COLUMN "updated_by" uuid;--> statement-breakpoint
ALTER TABLE "runbook_metrics" ADD CONSTRAINT "runbook_metrics_runbook_id_runbooks_id_fk" FOREIGN KEY ("runbook_id") REFERENCES "public"."runbooks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runbook_metrics" ADD CONSTRAINT "runbook_metrics_metric_id_metrics_id_fk" FOREIGN KEY ("metric_id") REFERENCES "public"."metrics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runbook_metrics" ADD CONSTRAINT "runbook_metrics_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runbook_reviews" ADD CONSTRAINT "runbook_reviews_runbook_id_runbooks_id_fk" FOREIGN KEY ("runbook_id") REFERENCES "public"."runbooks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runbook_reviews" ADD CONSTRAINT "runbook_reviews_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "runbook_metrics_metric_idx" ON "runbook_metrics" USING btree ("metric_id");--> statement-breakpoint
CREATE INDEX "runbook_reviews_runbook_idx" ON "runbook_reviews" USING btree ("runbook_id","reviewed_at");--> statement-breakpoint
ALTER TABLE "runbooks" ADD CONSTRAINT "runbooks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runbooks" ADD CONSTRAINT "runbooks_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runbooks" ADD CONSTRAINT "runbooks_review_interval" CHECK ("runbooks"."review_interval_days" between 1 and 3650);