CREATE TABLE "cohort_outcomes" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_id" integer NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"parent_key" text,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cohort_values" (
	"id" serial PRIMARY KEY NOT NULL,
	"outcome_id" integer NOT NULL,
	"period" text NOT NULL,
	"value" double precision NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohort_values_period_format" CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
CREATE TABLE "cohorts" (
	"indicator_id" integer PRIMARY KEY NOT NULL,
	"start_month" text NOT NULL,
	"member_word" text DEFAULT 'in the group' NOT NULL,
	CONSTRAINT "cohorts_start_month_format" CHECK (start_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
ALTER TABLE "cohort_outcomes" ADD CONSTRAINT "cohort_outcomes_indicator_id_cohorts_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."cohorts"("indicator_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_values" ADD CONSTRAINT "cohort_values_outcome_id_cohort_outcomes_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "public"."cohort_outcomes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohorts" ADD CONSTRAINT "cohorts_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cohort_outcomes_key" ON "cohort_outcomes" USING btree ("indicator_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "cohort_values_key" ON "cohort_values" USING btree ("outcome_id","period");