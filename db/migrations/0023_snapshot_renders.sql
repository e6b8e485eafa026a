CREATE TABLE "snapshot_renders" (
	"snapshot_id" integer NOT NULL,
	"audience" text NOT NULL,
	"key" text NOT NULL,
	"html" text NOT NULL,
	"etag" text NOT NULL,
	"rendered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "snapshot_renders_snapshot_id_audience_pk" PRIMARY KEY("snapshot_id","audience")
);
--> statement-breakpoint
ALTER TABLE "snapshot_renders" ADD CONSTRAINT "snapshot_renders_snapshot_id_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."snapshots"("id") ON DELETE cascade ON UPDATE no action;