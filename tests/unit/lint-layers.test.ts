// The linter keeps the layers: in a copy of this tree, files as they are pass
// `eslint` with the project's own config, and one forbidden import added to a
// file in each layer makes it fail, naming the rule. Type-only imports and the
// one documented exception (db/ → lib/figures/vocabulary) stay allowed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const RULE = "@typescript-eslint/no-restricted-imports";
let copy: string;

interface LintMessage { ruleId: string | null; message: string; line: number }
interface LintResult { filePath: string; messages: LintMessage[] }

function eslint(files: string[]): { code: number | null; results: LintResult[]; stderr: string } {
  const run = spawnSync(
    process.execPath,
    [path.join(copy, "node_modules/eslint/bin/eslint.js"), "--max-warnings", "0", "--format", "json", ...files],
    { cwd: copy, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  return { code: run.status, results: run.stdout ? JSON.parse(run.stdout) : [], stderr: run.stderr };
}

const messagesFor = (results: LintResult[], file: string) =>
  results.find((r) => r.filePath === path.join(copy, file))?.messages ?? [];

/** Puts `line` at the top of a file in the copy (after a "use client" directive, if any). */
function addLine(file: string, line: string) {
  const full = path.join(copy, file);
  const text = fs.readFileSync(full, "utf8");
  const directive = /^("use (client|server)";\n)/.exec(text)?.[1] ?? "";
  fs.writeFileSync(full, directive + line + "\n" + text.slice(directive.length));
}

const write = (file: string, text: string) => fs.writeFileSync(path.join(copy, file), text);

beforeAll(() => {
  copy = fs.mkdtempSync(path.join(os.tmpdir(), "lantern-lint-"));
  const skip = /^(node_modules|\.next.*|\.data.*|\.git|test-results|playwright-report|scratch|.*\.tsbuildinfo)$/;
  for (const entry of fs.readdirSync(root)) {
    if (skip.test(entry)) continue;
    fs.cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(root, "node_modules"), path.join(copy, "node_modules"), "dir");
});

afterAll(() => {
  if (copy) fs.rmSync(copy, { recursive: true, force: true });
});

// Existing files, one per layer, that the cases below add a forbidden import to.
const COMPONENT = "components/rag-badge.tsx";
const FIGURES = "lib/figures/round.ts";
const APP = "app/page.tsx";
const LIB = "lib/format.ts";
const DB = "db/reference.ts";

describe("eslint keeps the layers", () => {
  it("passes the files as they are", () => {
    const run = eslint([COMPONENT, FIGURES, APP, LIB, DB]);
    expect(run.stderr).toBe("");
    expect(run.results.flatMap((r) => r.messages)).toEqual([]);
    expect(run.code).toBe(0);
  }, 60_000);

  it("fails on a forbidden import in each layer, naming the rule", () => {
    addLine(COMPONENT, 'import { users } from "@/db/schema";\nexport const probe = users;');
    addLine(FIGURES, 'import "react";');
    addLine(APP, 'import { sql } from "drizzle-orm";\nexport const probe = sql;');
    addLine(LIB, 'import { indicatorHref } from "@/components/links";\nexport const probe = indicatorHref;');
    addLine(DB, 'import { roundTo } from "@/lib/figures/round";\nexport const probe = roundTo;');
    // More shapes of the same breaks, each in a new file of its layer.
    write("components/probe-query.tsx", 'import { scorecardFor } from "@/lib/queries/scorecard";\nexport const probe = scorecardFor;\n');
    write("components/probe-relative.tsx", 'import { getDb } from "../db/client";\nexport const probe = getDb;\n');
    write("lib/figures/probe-io.ts", 'import { readFileSync } from "node:fs";\nimport { redirect } from "next/navigation";\nexport const probe = [readFileSync, redirect];\n');
    write("app/probe-schema.ts", 'import { indicators } from "@/db/schema";\nexport const probe = indicators;\n');
    // Allowed: types from db/ in a component; getDb in a route; the vocabulary in db/.
    write("components/probe-types.tsx", 'import type { Db } from "@/db/client";\nexport type Probe = Db;\n');
    write("app/probe-db.ts", 'import { getDb } from "@/db/client";\nexport const probe = getDb;\n');
    write("db/probe-vocabulary.ts", 'import { UNITS } from "@/lib/figures/vocabulary";\nexport const probe = UNITS;\n');

    const forbidden: [file: string, specifier: string, line: number][] = [
      [COMPONENT, "@/db/schema", 1],
      [FIGURES, "react", 1],
      [APP, "drizzle-orm", 1],
      [LIB, "@/components/links", 1],
      [DB, "@/lib/figures/round", 1],
      ["components/probe-query.tsx", "@/lib/queries/scorecard", 1],
      ["components/probe-relative.tsx", "../db/client", 1],
      ["lib/figures/probe-io.ts", "node:fs", 1],
      ["lib/figures/probe-io.ts", "next/navigation", 2],
      ["app/probe-schema.ts", "@/db/schema", 1],
    ];
    const allowed = ["components/probe-types.tsx", "app/probe-db.ts", "db/probe-vocabulary.ts"];
    const run = eslint([...new Set(forbidden.map(([file]) => file)), ...allowed]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    for (const [file, specifier, line] of forbidden) {
      const hits = messagesFor(run.results, file).filter((m) => m.ruleId === RULE && m.message.includes(`'${specifier}'`));
      expect(hits.map((m) => m.line), `${file} importing ${specifier}`).toEqual([line]);
    }
    for (const file of allowed) expect(messagesFor(run.results, file), file).toEqual([]);
  }, 60_000);
});
