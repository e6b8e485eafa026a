// ESLint for Lantern: Next's core-web-vitals rules, typescript-eslint's
// recommended rules, and the layer rules of the architecture (README "How it
// is built"): data flows db/ → lib/ → app/ → components/; lib/figures is pure.
// `npm run lint` runs this (no warnings allowed), then knip.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

const root = import.meta.dirname;

// An import of a top-level folder of this repository, by alias or relatively
// ("@/db/schema", "../../db/schema").
const local = (folder) => `^(@/|(\\.\\./)+)${folder}`;

// Modules that import "server-only" (and are not "use server" action entry
// points, which client code may import): found by reading the source, so a new
// query or store module is covered the day it is written.
function serverOnlyModules() {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (/\.tsx?$/.test(entry.name)) {
        const text = readFileSync(path.join(root, rel), "utf8");
        const serverOnly = /^\s*import\s+["']server-only["']/m.test(text);
        const useServer = /^\s*["']use server["']/.test(text);
        if (serverOnly && !useServer) {
          const mod = rel.replace(/\.tsx?$/, "");
          found.push(mod);
          if (mod.endsWith("/index")) found.push(mod.slice(0, -"/index".length));
        }
      }
    }
  };
  walk("lib");
  return found.sort();
}
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const NODE_IO = [
  "fs", "fs/promises", "path", "child_process", "net", "http", "https", "http2", "os",
  "dgram", "dns", "tls", "cluster", "worker_threads", "readline", "stream", "zlib",
  "process", "v8", "vm", "inspector", "module", "perf_hooks",
];

// Each restriction: a regex over the import specifier, a message, and whether
// `import type` is allowed (types vanish at run time).
const R = {
  db: { regex: `${local("db")}(/|$)`, message: "components/ never use the database: take plain data as props (import type is fine)." },
  serverOnly: {
    regex: `^(@/|(\\.\\./)+)(lib/queries(/.*)?|${serverOnlyModules().map(escape).join("|")})$`,
    message: "components/ never import a server-only module (lib/queries, anything importing \"server-only\"): the page reads and passes plain data; import type is fine.",
  },
  dbDrivers: {
    regex: "^(drizzle-orm|postgres|@electric-sql/pglite)(/|$)",
    message: "No database driver or SQL here: SQL lives in lib/queries and lib/actions.",
  },
  appSql: {
    regex: `^(drizzle-orm(/|$)|${local("db")}/schema$)`,
    message: "app/ holds no SQL: no drizzle-orm and no db/schema in a route (getDb from @/db/client is fine); read through lib/queries, write through lib/actions.",
  },
  upward: {
    regex: `${local("(app|components)")}(/|$)`,
    message: "lib/ never imports app/ or components/: data flows db/ → lib/ → app/ → components/.",
  },
  figuresDb: { regex: `${local("db")}(/|$)`, message: "lib/figures is pure: nothing from db/." },
  figuresFramework: {
    regex: "^(next|react|react-dom|server-only)(/|$)",
    message: "lib/figures is pure: no Next.js, React or server-only.",
  },
  figuresIo: {
    regex: `^(node:)?(${NODE_IO.map(escape).join("|")})$`,
    message: "lib/figures is pure: no Node I/O.",
  },
  dbUpward: {
    // The two exceptions: db/schema builds its pgEnums from lib/figures/vocabulary,
    // and db/ reads its settings (DATABASE_URL…) from lib/config/env like everything else.
    regex: `^(@/|(\\.\\./)+)(lib(?!/figures/vocabulary$|/config/env$)|app|components)(/|$)`,
    message: "db/ imports nothing from lib/ or app/ (except lib/figures/vocabulary, the one source of the vocabularies, and lib/config/env, the settings).",
  },
};

function restrict(files, ignores, entries) {
  return {
    name: `lantern/layers ${files.join(",")}`,
    files,
    ignores,
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: entries.map(([r, allowTypeImports]) => ({
            regex: r.regex,
            message: r.message,
            allowTypeImports,
          })),
        },
      ],
    },
  };
}

const TYPE_OK = true;
const NEVER = false;

const config = [
  {
    ignores: [
      "node_modules/**", ".next*/**", ".data*/**", "db/migrations/**", "test-results/**",
      "playwright-report/**", "scratch/**", "next-env.d.ts",
    ],
  },
  ...nextCoreWebVitals,
  ...tseslint.configs.recommended,
  {
    name: "lantern/strict",
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-unused-expressions": "error",
    },
  },
  // No import circles: a module never reaches itself through its imports
  // (types included: a circle of types is still a tangle to read).
  {
    name: "lantern/no-cycle",
    files: ["**/*.{ts,tsx,mjs}"],
    plugins: { "import-x": importX },
    settings: {
      // Which files it follows and parses (by default only .js).
      "import-x/extensions": [".ts", ".tsx", ".mjs", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [
        createNodeResolver({ tsconfig: { configFile: path.join(root, "tsconfig.json") }, extensions: [".ts", ".tsx", ".mjs", ".js", ".json"] }),
      ],
    },
    rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
  },
  // The layers. The file sets are disjoint, because a later config replaces an
  // earlier one's options for the same rule.
  restrict(["components/**"], [], [[R.db, TYPE_OK], [R.serverOnly, TYPE_OK], [R.dbDrivers, NEVER]]),
  restrict(["app/**"], [], [[R.appSql, NEVER]]),
  restrict(["lib/figures/**"], [], [
    [R.upward, NEVER], [R.figuresDb, NEVER], [R.figuresFramework, NEVER], [R.figuresIo, NEVER],
    [R.dbDrivers, NEVER],
  ]),
  restrict(["lib/**"], ["lib/figures/**"], [[R.upward, NEVER]]),
  restrict(["db/**"], [], [[R.dbUpward, NEVER]]),
];

export default config;
