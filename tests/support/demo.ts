// Loads the demo dataset into a test database through the real import path.
import type { Db } from "@/db/client";
import { seedDemo } from "@/lib/seed/demo";

export async function loadDemo(db: Db) {
  return seedDemo({ db, password: "test-password-123" });
}
