// The embedded database's directory is private to its owner (0700).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lockDataDir } from "@/db/lock";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "lantern-dir-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("the data directory", () => {
  it("is created 0700, parents included", () => {
    const dir = path.join(root, "new", ".data");
    const release = lockDataDir(dir);
    release();
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
  });

  it("is tightened to 0700 if an older version left it world-readable", () => {
    const dir = path.join(root, "old");
    fs.mkdirSync(dir, { mode: 0o755 });
    fs.chmodSync(dir, 0o755);
    const release = lockDataDir(dir);
    release();
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
  });
});
