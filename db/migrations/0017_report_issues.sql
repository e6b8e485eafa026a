CREATE TABLE "report_issues" (
	"id" serial PRIMARY KEY NOT NULL,
	"authority_id" integer NOT NULL,
	"period" text NOT NULL,
	"issue" integer NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"digest" text NOT NULL,
	"content" jsonb NOT NULL,
	"changes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_issues_period_format" CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
ALTER TABLE "service_narratives" ADD COLUMN "no_narrative" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "report_issues" ADD CONSTRAINT "report_issues_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "report_issues_period_issue" ON "report_issues" USING btree ("authority_id","period","issue");
--> statement-breakpoint
-- A report issue is the report as it was issued: it is never changed (a change is a new issue).
CREATE FUNCTION lantern_refuse_report_issue_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'report issue % of % is kept as issued and cannot change', OLD.issue, OLD.period USING ERRCODE = 'check_violation';
END $$;
--> statement-breakpoint
CREATE TRIGGER report_issues_frozen BEFORE UPDATE ON report_issues FOR EACH ROW EXECUTE FUNCTION lantern_refuse_report_issue_change();
