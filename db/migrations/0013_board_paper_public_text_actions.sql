CREATE TABLE "snapshot_public_pdfs" (
	"snapshot_id" integer PRIMARY KEY NOT NULL,
	"bytes" "bytea" NOT NULL,
	"pages" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "snapshot_resolutions" ADD COLUMN "kind" text DEFAULT 'agreed' NOT NULL;--> statement-breakpoint
ALTER TABLE "snapshot_resolutions" ADD COLUMN "owner_id" uuid;--> statement-breakpoint
ALTER TABLE "snapshot_resolutions" ADD COLUMN "due_date" date;--> statement-breakpoint
ALTER TABLE "snapshot_resolutions" ADD COLUMN "status" text;--> statement-breakpoint
ALTER TABLE "snapshot_resolutions" ADD COLUMN "status_updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "snapshots" ADD COLUMN "public_highlights" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "snapshots" ADD COLUMN "public_text_approved_by" uuid;--> statement-breakpoint
ALTER TABLE "snapshots" ADD COLUMN "public_text_approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "snapshots" ADD COLUMN "public_text_reason" text;--> statement-breakpoint
ALTER TABLE "snapshot_public_pdfs" ADD CONSTRAINT "snapshot_public_pdfs_snapshot_id_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."snapshots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snapshot_resolutions" ADD CONSTRAINT "snapshot_resolutions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snapshots" ADD CONSTRAINT "snapshots_public_text_approved_by_users_id_fk" FOREIGN KEY ("public_text_approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "snapshot_resolutions_owner_open" ON "snapshot_resolutions" USING btree ("owner_id","status");--> statement-breakpoint
ALTER TABLE "snapshot_resolutions" ADD CONSTRAINT "snapshot_resolutions_kind" CHECK (kind in ('noted', 'agreed', 'action'));--> statement-breakpoint
ALTER TABLE "snapshot_resolutions" ADD CONSTRAINT "snapshot_resolutions_status" CHECK (status is null or status in ('open', 'in_progress', 'done'));--> statement-breakpoint
ALTER TABLE "snapshot_resolutions" ADD CONSTRAINT "snapshot_resolutions_action" CHECK ("snapshot_resolutions"."kind" <> 'action' or ("snapshot_resolutions"."owner_id" is not null and "snapshot_resolutions"."due_date" is not null and "snapshot_resolutions"."status" is not null));