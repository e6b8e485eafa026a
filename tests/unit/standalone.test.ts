// Lantern must stand on its own in any clone: no source, test, bench or
// script may read files from a folder beside the checkout, and no comment or
// message may send the reader to a ticket instead of giving the reason.
// Reads the tracked files of the code folders, docs/ and README.md (git
// ls-files; every file under them when there is no git) and names each
// offending file:line.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const FOLDERS = ["app", "lib", "components", "db", "tests", "bench", "scripts", "docs", "README.md"];
const BINARY = /\.(png|jpe?g|gif|ico|pdf|xlsx|zip|gz|woff2?|ttf)$/i;

function trackedFiles(): string[] {
  try {
    return execFileSync("git", ["ls-files", "-z", "--", ...FOLDERS], { cwd: root, encoding: "utf8" }).split("\0").filter(Boolean);
  } catch {
    const walk = (dir: string): string[] =>
      fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
        const relative = path.posix.join(dir, entry.name);
        if (entry.name === "node_modules" || entry.name.startsWith(".")) return [];
        return entry.isDirectory() ? walk(relative) : [relative];
      });
    return FOLDERS.filter((entry) => fs.existsSync(path.join(root, entry))).flatMap((entry) =>
      fs.statSync(path.join(root, entry)).isDirectory() ? walk(entry) : [entry],
    );
  }
}

/** every `file:line: text` of the tracked text files where the pattern matches */
function findings(pattern: RegExp): string[] {
  const found: string[] = [];
  for (const file of trackedFiles()) {
    if (BINARY.test(file) || !fs.existsSync(path.join(root, file))) continue;
    const text = fs.readFileSync(path.join(root, file), "utf8");
    if (text.includes("\0")) continue;
    text.split("\n").forEach((line, i) => {
      if (pattern.test(line)) found.push(`${file}:${i + 1}: ${line.trim().slice(0, 120)}`);
    });
  }
  return found;
}

describe("the repository stands on its own", () => {
  it("the file list is read (the check is not vacuous)", () => {
    const files = trackedFiles();
    expect(files).toContain("tests/unit/standalone.test.ts");
    expect(files).toContain("tests/fixtures/dfe/SOURCES.md");
  });

  it("nothing reads a shared folder outside the repository", () => {
    // built from parts so that this file does not match itself
    expect(findings(new RegExp(String.raw`(\.\./|/work/)` + "shared\\b"))).toEqual([]);
  });

  it("no comment, message or test sends the reader to a ticket number instead of the reason", () => {
    expect(findings(new RegExp(String.raw`\bissues?\s*#?\s*` + String.raw`\d+`, "i"))).toEqual([]);
  });
});
