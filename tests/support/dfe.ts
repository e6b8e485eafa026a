// Where the DfE's published files are read from by the tests: tests/fixtures/dfe
// when the repository holds them, else the reference data beside the
// repository (../shared/reference-data/dfe); LANTERN_DFE_DIR overrides both
// (a git worktree sits one folder deeper).
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const FIXTURES = path.join(ROOT, "tests/fixtures/dfe");

export const DFE_DIR = process.env.LANTERN_DFE_DIR || (fs.existsSync(FIXTURES) ? FIXTURES : path.resolve(ROOT, "../shared/reference-data/dfe"));
