CREATE TYPE "public"."aggregation" AS ENUM('sum', 'ratio', 'point', 'mean');--> statement-breakpoint
CREATE TYPE "public"."benchmark_kind" AS ENUM('sn_average', 'sn_best', 'england', 'england_top_quartile', 'region');--> statement-breakpoint
CREATE TYPE "public"."commentary_status" AS ENUM('draft', 'submitted', 'returned', 'approved', 'not_needed');--> statement-breakpoint
CREATE TYPE "public"."frequency" AS ENUM('monthly', 'quarterly', 'termly', 'annual');--> statement-breakpoint
CREATE TYPE "public"."polarity" AS ENUM('high', 'low', 'range', 'info');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('admin', 'manager', 'reporter', 'board_member');--> statement-breakpoint
CREATE TYPE "public"."snapshot_status" AS ENUM('draft', 'published', 'superseded');--> statement-breakpoint
CREATE TYPE "public"."unit" AS ENUM('count', 'percent', 'rate_per_10k', 'days', 'number');--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"summary" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "authorities" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"la_code" text,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"statistical_neighbours" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "authority_populations" (
	"authority_id" integer NOT NULL,
	"year" integer NOT NULL,
	"population" integer NOT NULL,
	CONSTRAINT "authority_populations_authority_id_year_pk" PRIMARY KEY("authority_id","year")
);
--> statement-breakpoint
CREATE TABLE "benchmarks" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_id" integer NOT NULL,
	"kind" "benchmark_kind" NOT NULL,
	"year" text NOT NULL,
	"value" double precision NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "board_members" (
	"board_id" integer NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "board_members_board_id_user_id_pk" PRIMARY KEY("board_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "boards" (
	"id" serial PRIMARY KEY NOT NULL,
	"authority_id" integer NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commentaries" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_id" integer NOT NULL,
	"period" text NOT NULL,
	"status" "commentary_status" DEFAULT 'draft' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"author_id" uuid,
	"reviewer_id" uuid,
	"return_note" text,
	"not_needed_reason" text,
	"internal" boolean DEFAULT false NOT NULL,
	"submitted_at" timestamp with time zone,
	"reviewed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commentaries_period_format" CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
CREATE TABLE "commentary_versions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"commentary_id" integer NOT NULL,
	"version" integer NOT NULL,
	"body" text NOT NULL,
	"status" "commentary_status" NOT NULL,
	"author_id" uuid,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_batches" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"row_count" integer NOT NULL,
	"loaded_by" uuid,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"indicator_id" integer NOT NULL,
	"period" text NOT NULL,
	"value" double precision,
	"numerator" double precision,
	"denominator" double precision,
	"note" text,
	"revision" integer DEFAULT 1 NOT NULL,
	"is_current" boolean DEFAULT true NOT NULL,
	"batch_id" integer,
	"loaded_by" uuid,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_values_period_format" CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" serial PRIMARY KEY NOT NULL,
	"authority_id" integer NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"service_key" text NOT NULL,
	"polarity" "polarity" NOT NULL,
	"unit" "unit" NOT NULL,
	"aggregation" "aggregation" NOT NULL,
	"decimals" integer NOT NULL,
	"frequency" "frequency" DEFAULT 'monthly' NOT NULL,
	"green_min" double precision,
	"green_max" double precision,
	"amber_min" double precision,
	"amber_max" double precision,
	"bands_illustrative" boolean DEFAULT false NOT NULL,
	"target" double precision,
	"outcome" text,
	"definition" text,
	"owner_id" uuid,
	"reporter_id" uuid,
	"council_plan" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"message" text NOT NULL,
	"link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "outturns" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_id" integer NOT NULL,
	"year" text NOT NULL,
	"value" double precision NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting_periods" (
	"authority_id" integer NOT NULL,
	"period" text NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "reporting_periods_authority_id_period_pk" PRIMARY KEY("authority_id","period"),
	CONSTRAINT "reporting_periods_period_format" CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
CREATE TABLE "scorecard_approvals" (
	"id" serial PRIMARY KEY NOT NULL,
	"authority_id" integer NOT NULL,
	"service_key" text NOT NULL,
	"period" text NOT NULL,
	"approved_by" uuid NOT NULL,
	"approved_at" timestamp with time zone DEFAULT now() NOT NULL,
	"figures_loaded_at" timestamp with time zone,
	CONSTRAINT "scorecard_approvals_period_format" CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
CREATE TABLE "service_areas" (
	"key" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"sort_order" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "snapshot_questions" (
	"id" serial PRIMARY KEY NOT NULL,
	"snapshot_id" integer NOT NULL,
	"indicator_code" text,
	"asked_by" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "snapshot_resolutions" (
	"id" serial PRIMARY KEY NOT NULL,
	"snapshot_id" integer NOT NULL,
	"body" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "snapshot_rows" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"snapshot_id" integer NOT NULL,
	"position" integer NOT NULL,
	"indicator_code" text NOT NULL,
	"service_key" text NOT NULL,
	"title" text NOT NULL,
	"featured" boolean DEFAULT false NOT NULL,
	"figures" jsonb NOT NULL,
	"commentary" text,
	"commentary_internal" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "snapshot_services" (
	"snapshot_id" integer NOT NULL,
	"service_key" text NOT NULL,
	CONSTRAINT "snapshot_services_snapshot_id_service_key_pk" PRIMARY KEY("snapshot_id","service_key")
);
--> statement-breakpoint
CREATE TABLE "snapshots" (
	"id" serial PRIMARY KEY NOT NULL,
	"authority_id" integer NOT NULL,
	"board_id" integer NOT NULL,
	"title" text NOT NULL,
	"meeting_date" date NOT NULL,
	"period" text NOT NULL,
	"status" "snapshot_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"supersedes_id" integer,
	"correction_reason" text,
	"highlights" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"childrens_voice" jsonb DEFAULT '{"quotes":[],"survey":[]}'::jsonb NOT NULL,
	"public_release" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone,
	"pdf" "bytea",
	CONSTRAINT "snapshots_period_format" CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
CREATE TABLE "user_roles" (
	"user_id" uuid NOT NULL,
	"role" "role" NOT NULL,
	CONSTRAINT "user_roles_user_id_role_pk" PRIMARY KEY("user_id","role")
);
--> statement-breakpoint
CREATE TABLE "user_service_scopes" (
	"user_id" uuid NOT NULL,
	"role" "role" NOT NULL,
	"service_key" text NOT NULL,
	CONSTRAINT "user_service_scopes_user_id_role_service_key_pk" PRIMARY KEY("user_id","role","service_key")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"locked_until" timestamp with time zone,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authority_populations" ADD CONSTRAINT "authority_populations_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmarks" ADD CONSTRAINT "benchmarks_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_members" ADD CONSTRAINT "board_members_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_members" ADD CONSTRAINT "board_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boards" ADD CONSTRAINT "boards_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commentaries" ADD CONSTRAINT "commentaries_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commentaries" ADD CONSTRAINT "commentaries_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commentaries" ADD CONSTRAINT "commentaries_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commentary_versions" ADD CONSTRAINT "commentary_versions_commentary_id_commentaries_id_fk" FOREIGN KEY ("commentary_id") REFERENCES "public"."commentaries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commentary_versions" ADD CONSTRAINT "commentary_versions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_loaded_by_users_id_fk" FOREIGN KEY ("loaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_batch_id_import_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."import_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_loaded_by_users_id_fk" FOREIGN KEY ("loaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_service_key_service_areas_key_fk" FOREIGN KEY ("service_key") REFERENCES "public"."service_areas"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outturns" ADD CONSTRAINT "outturns_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_approvals" ADD CONSTRAINT "scorecard_approvals_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_approvals" ADD CONSTRAINT "scorecard_approvals_service_key_service_areas_key_fk" FOREIGN KEY ("service_key") REFERENCES "public"."service_areas"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_approvals" ADD CONSTRAINT "scorecard_approvals_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snapshot_questions" ADD CONSTRAINT "snapshot_questions_snapshot_id_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."snapshots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snapshot_questions" ADD CONSTRAINT "snapshot_questions_asked_by_users_id_fk" FOREIGN KEY ("asked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snapshot_questions" ADD CONSTRAINT "snapshot_questions_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snapshot_resolutions" ADD CONSTRAINT "snapshot_resolutions_snapshot_id_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."snapshots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snapshot_resolutions" ADD CONSTRAINT "snapshot_resolutions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snapshot_rows" ADD CONSTRAINT "snapshot_rows_snapshot_id_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."snapshots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snapshot_services" ADD CONSTRAINT "snapshot_services_snapshot_id_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."snapshots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snapshot_services" ADD CONSTRAINT "snapshot_services_service_key_service_areas_key_fk" FOREIGN KEY ("service_key") REFERENCES "public"."service_areas"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snapshots" ADD CONSTRAINT "snapshots_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snapshots" ADD CONSTRAINT "snapshots_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snapshots" ADD CONSTRAINT "snapshots_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snapshots" ADD CONSTRAINT "snapshots_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_service_scopes" ADD CONSTRAINT "user_service_scopes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_service_scopes" ADD CONSTRAINT "user_service_scopes_service_key_service_areas_key_fk" FOREIGN KEY ("service_key") REFERENCES "public"."service_areas"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_at" ON "audit_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_events_entity" ON "audit_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "benchmarks_indicator_kind_year" ON "benchmarks" USING btree ("indicator_id","kind","year");--> statement-breakpoint
CREATE UNIQUE INDEX "commentaries_indicator_period" ON "commentaries" USING btree ("indicator_id","period");--> statement-breakpoint
CREATE INDEX "commentaries_period_status" ON "commentaries" USING btree ("period","status");--> statement-breakpoint
CREATE UNIQUE INDEX "commentary_versions_commentary_version" ON "commentary_versions" USING btree ("commentary_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_values_current" ON "indicator_values" USING btree ("indicator_id","period") WHERE "indicator_values"."is_current";--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_values_revision" ON "indicator_values" USING btree ("indicator_id","period","revision");--> statement-breakpoint
CREATE INDEX "indicator_values_period" ON "indicator_values" USING btree ("period");--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_authority_code" ON "indicators" USING btree ("authority_id","code");--> statement-breakpoint
CREATE INDEX "indicators_service" ON "indicators" USING btree ("service_key");--> statement-breakpoint
CREATE INDEX "login_attempts_email_at" ON "login_attempts" USING btree (lower("email"),"at");--> statement-breakpoint
CREATE INDEX "notifications_user_unread" ON "notifications" USING btree ("user_id","read_at");--> statement-breakpoint
CREATE UNIQUE INDEX "outturns_indicator_year" ON "outturns" USING btree ("indicator_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "scorecard_approvals_service_period" ON "scorecard_approvals" USING btree ("authority_id","service_key","period");--> statement-breakpoint
CREATE UNIQUE INDEX "snapshot_rows_snapshot_code" ON "snapshot_rows" USING btree ("snapshot_id","indicator_code");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_unique" ON "users" USING btree (lower("email"));