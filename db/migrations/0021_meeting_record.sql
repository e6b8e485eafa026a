CREATE TABLE "snapshot_meetings" (
	"snapshot_id" integer PRIMARY KEY NOT NULL,
	"agenda_item" text NOT NULL,
	"presenters" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"present" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"apologies" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"points_noted" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "snapshot_meetings" ADD CONSTRAINT "snapshot_meetings_snapshot_id_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."snapshots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snapshot_meetings" ADD CONSTRAINT "snapshot_meetings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;