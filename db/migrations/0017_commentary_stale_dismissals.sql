CREATE TABLE "commentary_stale_dismissals" (
	"id" serial PRIMARY KEY NOT NULL,
	"commentary_id" integer NOT NULL,
	"revision" integer NOT NULL,
	"dismissed_by" uuid,
	"dismissed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "commentary_stale_dismissals" ADD CONSTRAINT "commentary_stale_dismissals_commentary_id_commentaries_id_fk" FOREIGN KEY ("commentary_id") REFERENCES "public"."commentaries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commentary_stale_dismissals" ADD CONSTRAINT "commentary_stale_dismissals_dismissed_by_users_id_fk" FOREIGN KEY ("dismissed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "commentary_stale_dismissals_revision" ON "commentary_stale_dismissals" USING btree ("commentary_id","revision");