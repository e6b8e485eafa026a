CREATE TABLE "snapshot_pdfs" (
	"snapshot_id" integer PRIMARY KEY NOT NULL,
	"bytes" "bytea" NOT NULL,
	"pages" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "snapshot_pdfs" ADD CONSTRAINT "snapshot_pdfs_snapshot_id_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."snapshots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "snapshots_board_meeting" ON "snapshots" USING btree ("board_id","meeting_date");--> statement-breakpoint
CREATE UNIQUE INDEX "snapshots_one_correction" ON "snapshots" USING btree ("supersedes_id");--> statement-breakpoint
ALTER TABLE "snapshots" DROP COLUMN "pdf";