CREATE TABLE "benchmark_authority" (
	"authority_id" integer PRIMARY KEY NOT NULL,
	"model_id" integer NOT NULL,
	"la_code" text NOT NULL,
	"new_la_code" text,
	"name" text NOT NULL,
	"region" text,
	"set_by" uuid,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "benchmark_figures" (
	"release_id" integer NOT NULL,
	"year" text NOT NULL,
	"level" text NOT NULL,
	"code" text NOT NULL,
	"new_code" text,
	"name" text NOT NULL,
	"region_code" text,
	"region_name" text,
	"value" double precision,
	"missing" text,
	CONSTRAINT "benchmark_figures_release_id_level_code_year_pk" PRIMARY KEY("release_id","level","code","year")
);
--> statement-breakpoint
CREATE TABLE "benchmark_mappings" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"indicator_id" integer,
	"file_name" text,
	"measure" text NOT NULL,
	"filters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"per10k" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "benchmark_releases" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"indicator_id" integer,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"mapping" jsonb,
	"time_identifier" text NOT NULL,
	"years" jsonb NOT NULL,
	"figure_count" integer NOT NULL,
	"tolerance" double precision DEFAULT 1 NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"superseded_at" timestamp with time zone,
	"superseded_by" integer,
	CONSTRAINT "benchmark_releases_kind" CHECK ("benchmark_releases"."kind" in ('population', 'measure'))
);
--> statement-breakpoint
CREATE TABLE "benchmark_results" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_id" integer NOT NULL,
	"release_id" integer NOT NULL,
	"model_id" integer NOT NULL,
	"la_code" text NOT NULL,
	"year" text NOT NULL,
	"year_label" text NOT NULL,
	"authority_value" double precision,
	"quartile" integer,
	"result" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sn_model_authorities" (
	"model_id" integer NOT NULL,
	"la_code" text NOT NULL,
	"name" text NOT NULL,
	"region" text,
	CONSTRAINT "sn_model_authorities_model_id_la_code_pk" PRIMARY KEY("model_id","la_code")
);
--> statement-breakpoint
CREATE TABLE "sn_model_neighbours" (
	"model_id" integer NOT NULL,
	"la_code" text NOT NULL,
	"position" integer NOT NULL,
	"neighbour_code" text NOT NULL,
	"closeness" text,
	CONSTRAINT "sn_model_neighbours_model_id_la_code_position_pk" PRIMARY KEY("model_id","la_code","position")
);
--> statement-breakpoint
CREATE TABLE "sn_models" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"shape" text NOT NULL,
	"file_name" text NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "benchmarks" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "formula" text;--> statement-breakpoint
ALTER TABLE "benchmark_authority" ADD CONSTRAINT "benchmark_authority_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_authority" ADD CONSTRAINT "benchmark_authority_model_id_sn_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."sn_models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_authority" ADD CONSTRAINT "benchmark_authority_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_figures" ADD CONSTRAINT "benchmark_figures_release_id_benchmark_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."benchmark_releases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_mappings" ADD CONSTRAINT "benchmark_mappings_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_mappings" ADD CONSTRAINT "benchmark_mappings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_releases" ADD CONSTRAINT "benchmark_releases_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_releases" ADD CONSTRAINT "benchmark_releases_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_results" ADD CONSTRAINT "benchmark_results_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_results" ADD CONSTRAINT "benchmark_results_release_id_benchmark_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."benchmark_releases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_results" ADD CONSTRAINT "benchmark_results_model_id_sn_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."sn_models"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sn_model_authorities" ADD CONSTRAINT "sn_model_authorities_model_id_sn_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."sn_models"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sn_model_neighbours" ADD CONSTRAINT "sn_model_neighbours_model_id_sn_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."sn_models"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sn_models" ADD CONSTRAINT "sn_models_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "benchmark_mappings_name" ON "benchmark_mappings" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "benchmark_releases_current" ON "benchmark_releases" USING btree ("kind",coalesce("indicator_id", 0)) WHERE "benchmark_releases"."superseded_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "benchmark_results_key" ON "benchmark_results" USING btree ("indicator_id","release_id","model_id","la_code","year");--> statement-breakpoint
CREATE UNIQUE INDEX "sn_models_name" ON "sn_models" USING btree ("name");