// The email directory (browser tests and local trials) holds set-password
// links: only its owner may read it or the files in it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dirTransport } from "@/lib/notify/email";

describe("emails written to LANTERN_EMAIL_DIR", () => {
  it("makes the directory 0700 and each file 0600, also when the directory was open before", async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), "lantern-mail-"));
    const dir = path.join(parent, "emails");
    fs.mkdirSync(dir, { mode: 0o755 });
    fs.chmodSync(dir, 0o755);
    await dirTransport(dir).send({ to: "a@example.org", subject: "Set your password", text: "https://x/set-password?token=abc" });
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    const [file] = fs.readdirSync(dir);
    expect(fs.statSync(path.join(dir, file)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")).subject).toBe("Set your password");
    fs.rmSync(parent, { recursive: true, force: true });
  });
});
