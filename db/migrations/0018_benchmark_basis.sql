CREATE TYPE "public"."basis" AS ENUM('month', 'ytd', 'rolling_12_months', 'year', 'snapshot');--> statement-breakpoint
ALTER TABLE "benchmark_mappings" ADD COLUMN "unit" "unit";--> statement-breakpoint
ALTER TABLE "benchmark_mappings" ADD COLUMN "basis" "basis";--> statement-breakpoint
ALTER TABLE "benchmarks" ADD COLUMN "unit" "unit";--> statement-breakpoint
ALTER TABLE "benchmarks" ADD COLUMN "basis" "basis";--> statement-breakpoint
ALTER TABLE "benchmarks" ADD COLUMN "period_end" text;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "basis" "basis" DEFAULT 'month' NOT NULL;
--> statement-breakpoint
-- Existing indicators get the basis their frequency and aggregation imply: an
-- annual figure is for a year; a point-in-time count or rate is a snapshot at
-- the period's end; every other figure is for its month (or period).
UPDATE "indicators" SET "basis" = CASE
  WHEN "frequency" = 'annual' THEN 'year'::"basis"
  WHEN "aggregation" = 'point' AND "unit" IN ('count', 'rate_per_10k') THEN 'snapshot'::"basis"
  ELSE 'month'::"basis"
END;
