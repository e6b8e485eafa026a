import { defineConfig } from "drizzle-kit";

// Migrations are generated from db/schema.ts and applied on start (db/migrate.ts)
// to both the embedded PGlite database and PostgreSQL: one history for both.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
});
