CREATE TABLE "breakdown_categories" (
	"id" serial PRIMARY KEY NOT NULL,
	"dimension_id" integer NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "breakdown_dimensions" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "breakdown_values" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_id" integer NOT NULL,
	"period" text NOT NULL,
	"category_id" integer NOT NULL,
	"value" double precision NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "breakdown_values_period_format" CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
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
ALTER TABLE "breakdown_categories" ADD CONSTRAINT "breakdown_categories_dimension_id_breakdown_dimensions_id_fk" FOREIGN KEY ("dimension_id") REFERENCES "public"."breakdown_dimensions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breakdown_values" ADD CONSTRAINT "breakdown_values_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breakdown_values" ADD CONSTRAINT "breakdown_values_category_id_breakdown_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."breakdown_categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snapshot_meetings" ADD CONSTRAINT "snapshot_meetings_snapshot_id_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."snapshots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snapshot_meetings" ADD CONSTRAINT "snapshot_meetings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "breakdown_categories_key" ON "breakdown_categories" USING btree ("dimension_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "breakdown_dimensions_key" ON "breakdown_dimensions" USING btree ("key");--> statement-breakpoint
CREATE UNIQUE INDEX "breakdown_values_key" ON "breakdown_values" USING btree ("indicator_id","period","category_id");