// The documents a newcomer reads first must be true of the repository: every
// file path README.md and docs/*.md name exists, every npm script they name is
// in package.json, every environment variable (or other UPPER_SNAKE name) they
// name appears in the source, every link between them lands on a heading, and
// the import examples in docs/data-formats.md validate. Each test fails with
// the list of broken claims, document:line first.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contextFromIndicators, formatImportError, validateImport } from "@/lib/import";
import { isImportKind, type ImportKind } from "@/lib/import/columns";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

const DOCS = ["README.md", ...fs.readdirSync(path.join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
/** where a setting a deployer reads about must be read: the running product */
const PRODUCT_SOURCE = ["app", "lib", "db", "scripts", "components"];
/** where a name a contributor reads about may live: the tests and benches too */
const ALL_SOURCE = [...PRODUCT_SOURCE, "tests", "bench", ".ci"];
const ROOT_FILES = fs.readdirSync(root).filter((f) => /\.(ts|mjs|json)$/.test(f) && f !== "package-lock.json");
const PATH_ROOTS = ["app", "lib", "components", "db", "scripts", "tests", "bench", "docs"];
const NPM_BUILTINS = new Set(["install", "ci", "audit", "exec", "init", "update", "ls", "i"]);

interface Claim {
  doc: string;
  line: number;
  text: string;
  /** inside a fenced code block */
  fenced: boolean;
}

/** Each inline `code` span of every document (fenced blocks give whole lines). */
function claims(): Claim[] {
  const out: Claim[] = [];
  for (const doc of DOCS) {
    let fenced = false;
    read(doc)
      .split("\n")
      .forEach((line, i) => {
        if (line.startsWith("```")) {
          fenced = !fenced;
          return;
        }
        if (fenced) out.push({ doc, line: i + 1, text: line, fenced: true });
        else for (const m of line.matchAll(/`([^`]+)`/g)) out.push({ doc, line: i + 1, text: m[1], fenced: false });
      });
  }
  return out;
}

function sourceText(folders: string[]): string {
  const texts: string[] = ROOT_FILES.map(read);
  const walk = (dir: string) => {
    if (!fs.existsSync(path.join(root, dir))) return;
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && entry.name !== "fixtures") walk(relative);
      } else if (/\.(ts|tsx|mjs|js|sh|sql)$/.test(entry.name) || dir === ".ci") texts.push(read(relative));
    }
  };
  folders.forEach(walk);
  return texts.join("\n");
}

/** Where a repository path claim is broken: a missing file, or a missing folder before a placeholder. */
function brokenPath(text: string): boolean {
  const placeholder = text.search(/[<*…{]/);
  const fixed = placeholder === -1 ? text : text.slice(0, text.lastIndexOf("/", placeholder) + 1);
  // a module named as it is imported (`db/schema`) may leave out its extension
  return !["", ".ts", ".tsx"].some((ext) => fs.existsSync(path.join(root, fixed + ext)));
}

const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, "")
    .replace(/ /g, "-");

describe("what the README and docs/ claim", () => {
  it("every document the README promises is there", () => {
    const missing = ["docs/domain.md", "docs/data-formats.md", "docs/architecture.md", "docs/operations.md", "docs/contributing.md"].filter((f) => !fs.existsSync(path.join(root, f)));
    expect(missing).toEqual([]);
    expect(read("README.md").split("\n").length).toBeLessThanOrEqual(151);
  });

  it("every repository path they name exists", () => {
    const pathLike = new RegExp(`^(${PATH_ROOTS.join("|")})/[^\\s]*$`);
    const broken = claims()
      .filter((c) => !c.fenced && (pathLike.test(c.text) || isTopLevelClaim(c.text)))
      .filter((c) => brokenPath(c.text))
      .map((c) => `${c.doc}:${c.line}: ${c.text}`);
    expect(broken).toEqual([]);
  });

  it("every bare file name they name (`rag.ts`, `indicators.csv`) is a file somewhere in the repository", () => {
    const names = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
        if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
        if (entry.isDirectory()) walk(path.join(dir, entry.name));
        else names.add(entry.name);
      }
    };
    walk(".");
    const broken = claims()
      .filter((c) => !c.fenced && /^[\w.-]+\.(ts|tsx|mjs|sql|json|md|csv|sh|css)$/.test(c.text) && !names.has(c.text))
      .map((c) => `${c.doc}:${c.line}: ${c.text}`);
    expect(broken).toEqual([]);
  });

  it("no inline code span is broken across lines (these checks read line by line)", () => {
    const broken: string[] = [];
    for (const doc of DOCS) {
      let fenced = false;
      read(doc)
        .split("\n")
        .forEach((line, i) => {
          if (line.startsWith("```")) fenced = !fenced;
          else if (!fenced && (line.match(/`/g)?.length ?? 0) % 2 === 1) broken.push(`${doc}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(broken).toEqual([]);
  });

  it("every npm script they name is in package.json", () => {
    const scripts = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts;
    const broken: string[] = [];
    for (const c of claims()) {
      for (const m of c.text.matchAll(/\bnpm (run )?([\w:-]+)/g)) {
        const name = m[2];
        if (!m[1] && NPM_BUILTINS.has(name)) continue;
        if (!(name in scripts)) broken.push(`${c.doc}:${c.line}: npm ${m[1] ?? ""}${name}`);
      }
    }
    for (const doc of DOCS) {
      read(doc)
        .split("\n")
        .forEach((line, i) => {
          for (const m of line.replace(/`[^`]*`/g, "").matchAll(/\bnpm run ([\w:-]+)/g)) if (!(m[1] in scripts)) broken.push(`${doc}:${i + 1}: npm run ${m[1]}`);
        });
    }
    expect(broken).toEqual([]);
  });

  it("every environment variable (any UPPER_SNAKE name) they name appears in the source", () => {
    const product = sourceText(PRODUCT_SOURCE);
    const everything = sourceText(ALL_SOURCE);
    const broken: string[] = [];
    for (const c of claims()) {
      for (const m of c.text.matchAll(/\b[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]\b|^(PORT|HOSTNAME)$/g)) {
        const name = m[0];
        // a deployer's settings must be read by the product itself
        const source = c.doc === "README.md" || c.doc === "docs/operations.md" ? product : everything;
        if (!new RegExp(`\\b${name}\\b`).test(source)) broken.push(`${c.doc}:${c.line}: ${name}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("every function or setting name they name (`scorecardFor`, `can()`) appears in the source", () => {
    const everything = sourceText(ALL_SOURCE);
    const broken = claims()
      .filter((c) => !c.fenced)
      .map((c) => ({ c, name: /^([a-z]+[A-Z]\w*|can)(\(.*\))?$/.exec(c.text)?.[1] }))
      .filter(({ name }) => name !== undefined && !new RegExp(`\\b${name}\\b`).test(everything))
      .map(({ c, name }) => `${c.doc}:${c.line}: ${name}`);
    expect(broken).toEqual([]);
  });

  it("every link between the documents lands on a file and heading that exist", () => {
    const broken: string[] = [];
    for (const doc of DOCS) {
      read(doc)
        .split("\n")
        .forEach((line, i) => {
          for (const m of line.matchAll(/\]\(([^)\s]+)\)/g)) {
            const target = m[1];
            if (/^(https?:|mailto:)/.test(target)) continue;
            const [file, anchor] = target.split("#");
            const resolved = file ? path.posix.join(path.posix.dirname(doc), file) : doc;
            if (!fs.existsSync(path.join(root, resolved))) {
              broken.push(`${doc}:${i + 1}: ${target} (no file ${resolved})`);
              continue;
            }
            if (anchor && resolved.endsWith(".md")) {
              const headings = read(resolved)
                .split("\n")
                .filter((l) => /^#{1,6} /.test(l))
                .map((l) => slug(l.replace(/^#+ /, "")));
              if (!headings.includes(anchor)) broken.push(`${doc}:${i + 1}: ${target} (no heading #${anchor} in ${resolved})`);
            }
          }
        });
    }
    expect(broken).toEqual([]);
  });

  it("the examples in docs/data-formats.md import cleanly", () => {
    const text = read("docs/data-formats.md");
    const examples = new Map<ImportKind, string>();
    for (const m of text.matchAll(/^## (\w+)\.csv\n[\s\S]*?```csv\n([\s\S]*?)```/gm)) {
      if (isImportKind(m[1])) examples.set(m[1], m[2]);
    }
    expect([...examples.keys()].sort()).toEqual(["benchmarks", "breakdowns", "cohorts", "commentary", "indicators", "outturns", "values"]);
    const catalogue = validateImport("indicators", examples.get("indicators")!, "indicators.csv");
    const errors: string[] = catalogue.ok ? [] : catalogue.errors.map(formatImportError);
    if (catalogue.ok) {
      const context = contextFromIndicators(catalogue.records);
      for (const [kind, csv] of examples) {
        if (kind === "indicators") continue;
        const result = validateImport(kind, csv, `${kind}.csv`, context);
        if (!result.ok) errors.push(...result.errors.map(formatImportError));
      }
    }
    expect(errors).toEqual([]);
  });
});

/** A bare top-level file name (`proxy.ts`, `knip.json`) is a claim about the repository root; `rag.ts` is not. */
function isTopLevelClaim(text: string): boolean {
  return /^(proxy\.ts|instrumentation\.ts|[\w-]+\.config\.(ts|mjs)|[\w-]+\.json)$/.test(text);
}
