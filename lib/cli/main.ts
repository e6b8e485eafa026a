// `npm run lantern -- <command>`: the performance team's command line. Each
// command calls the same lib/ code as the app. Exit codes: 0 success; 1 bad
// input (every error printed as file:row:column: reason, nothing written);
// 2 any other failure.
import fs from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import type { DbHandle } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { anchorAuditChain } from "@/lib/audit/append";
import { isPeriod, RUN_LENGTH_RANGE } from "@/lib/figures";
import { formatImportError } from "@/lib/import/errors";
import { importFile } from "@/lib/import/apply";
import { IMPORT_KINDS, type ImportKind } from "@/lib/import/columns";
import { serviceAreaList } from "@/lib/queries/service-areas";
import { scorecardFor } from "@/lib/queries/scorecard";
import { seedDemo } from "@/lib/seed/demo";
import { failureLine } from "./failure";
import { openDatabase } from "./open-database";
import { printDemoAccounts } from "./print-accounts";
import { BENCHMARKS_USAGE, benchmarksCommand } from "./benchmarks";
import { isOpsCommand, OPS_USAGE, runOpsCommand } from "./ops";
import { createOrUpdateUser } from "@/lib/users/create-user";
import { randomBytes } from "node:crypto";

export class BadInput extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join("\n"));
  }
}

const USAGE = `Usage: npm run lantern -- <command>

Commands:
  migrate                                   apply database migrations
  seed-demo                                 load the demo dataset and demo accounts (once)
  import <${IMPORT_KINDS.join("|")}> <file>
                                            validate a CSV or XLSX file whole, then load it in one transaction
  scorecard --period YYYY-MM [--service KEY] --json
            [--spc-run-length 6-8] [--spc-screen-moving-ranges on|off]
                                            print the computed scorecard as JSON
  create-user --email E --name N --role R [--role R2] [--service KEY ...] [--password P]
                                            create or update a person (roles: admin, manager, reporter, board_member)
${OPS_USAGE}
${BENCHMARKS_USAGE}

Database: PostgreSQL when DATABASE_URL is set, otherwise the embedded database in
LANTERN_DATA_DIR (default ./.data); while a Lantern server runs on that
directory, the commands work through the server.`;

type Out = { stdout: (s: string) => void; stderr: (s: string) => void };

export async function runCli(argv: string[], out: Out = defaultOut): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help") {
    out.stdout(USAGE);
    return command ? 0 : 1;
  }
  let handle: DbHandle | undefined;
  try {
    if (isOpsCommand(command)) return await runOpsCommand(command, rest, out);
    const run = commands[command];
    if (!run) throw new BadInput([`Unknown command "${command}".`, "", USAGE]);
    // Arguments are checked before the database is opened.
    const prepared = run(rest);
    handle = await openDatabase();
    await migrateDb(handle);
    await anchorAuditChain(handle.db);
    await prepared(handle, out);
    return 0;
  } catch (error) {
    if (error instanceof BadInput) {
      out.stderr(error.lines.join("\n"));
      return 1;
    }
    if (error instanceof ZodError) {
      out.stderr(error.issues.map((i) => i.message).join("\n"));
      return 1;
    }
    out.stderr(failureLine(command, error));
    return 2;
  } finally {
    await handle?.close().catch(() => {});
  }
}


type Prepared = (handle: DbHandle, out: Out) => Promise<void>;

const commands: Record<string, (args: string[]) => Prepared> = {
  benchmarks: (args) => benchmarksCommand(args, BadInput),

  migrate: (args) => {
    noArgs("migrate", args);
    return async (handle, out) => out.stdout(`Migrations applied (${handle.kind}: ${handle.location}).`);
  },

  "seed-demo": (args) => {
    noArgs("seed-demo", args);
    return async ({ db }, out) => {
      const result = await seedDemo({ db });
      if (result.loaded) {
        for (const s of result.imports) out.stdout(`Loaded ${s.file}: ${s.rows} rows (${s.inserted} new).`);
      } else {
        out.stdout("The catalogue already has indicators: demo data not loaded again.");
      }
      printDemoAccounts(result, out.stdout);
    };
  },

  import: (args) => {
    const [kind, file, ...extra] = args;
    if (!kind || !file || extra.length) throw new BadInput([`Usage: npm run lantern -- import <${IMPORT_KINDS.join("|")}> <file>`]);
    if (!IMPORT_KINDS.includes(kind as ImportKind)) {
      throw new BadInput([`Unknown import kind "${kind}": use one of ${IMPORT_KINDS.join(", ")}.`]);
    }
    return async ({ db }, out) => {
      // Bytes, not text: the importer refuses a file that is not UTF-8 (naming
      // the row) instead of storing "�", and reads .xlsx workbooks.
      let bytes: Uint8Array;
      try {
        bytes = await fs.readFile(file);
      } catch {
        throw new BadInput([`${file}: cannot read the file (check the path).`]);
      }
      const name = path.basename(file);
      const outcome = await importFile({ db, kind: kind as ImportKind, bytes, file: name });
      if (!outcome.ok) {
        throw new BadInput([
          ...outcome.errors.map(formatImportError),
          `${outcome.errors.length} error${outcome.errors.length === 1 ? "" : "s"} in ${name}: nothing was loaded.`,
        ]);
      }
      const s = outcome.summary;
      out.stdout(`Loaded ${name} (${kind}): ${s.rows} rows, ${s.inserted} new, ${s.updated} changed, ${s.unchanged} unchanged.`);
    };
  },

  scorecard: (args) => {
    const { values } = parsed(() =>
      parseArgs({
        args,
        strict: true,
        options: {
          period: { type: "string" },
          service: { type: "string" },
          json: { type: "boolean" },
          "spc-run-length": { type: "string" },
          "spc-screen-moving-ranges": { type: "string" },
        },
      }),
    );
    const errors: string[] = [];
    if (!values.period || !isPeriod(values.period)) errors.push("--period: give the month as YYYY-MM, e.g. --period 2020-04");
    // (whether --service names an area is asked of the database below)
    if (!values.json) errors.push("--json: the scorecard is printed as JSON; add --json");
    let runLength: number | undefined;
    if (values["spc-run-length"] !== undefined) {
      runLength = Number(values["spc-run-length"]);
      if (!Number.isInteger(runLength) || runLength < RUN_LENGTH_RANGE.min || runLength > RUN_LENGTH_RANGE.max) errors.push("--spc-run-length: must be 6, 7 or 8");
    }
    let screen: boolean | undefined;
    const screenArg = values["spc-screen-moving-ranges"];
    if (screenArg !== undefined) {
      if (screenArg !== "on" && screenArg !== "off") errors.push("--spc-screen-moving-ranges: must be on or off");
      screen = screenArg === "on";
    }
    // --service is checked against the database's areas, then reported with the rest
    if (errors.length && !values.service) throw new BadInput(errors);
    return async ({ db }, out) => {
      if (values.service) {
        const keys = (await serviceAreaList({ db })).map((a) => a.key);
        if (!keys.includes(values.service)) errors.push(`--service: "${values.service}" is not a service area; use one of ${keys.join(", ")}`);
      }
      if (errors.length) throw new BadInput(errors);
      const document = await scorecardFor({
        db,
        period: values.period!,
        service: values.service ?? null,
        spc: { runLength, screenMovingRanges: screen },
      });
      out.stdout(JSON.stringify(document, null, 2));
    };
  },

  "create-user": (args) => {
    const { values } = parsed(() =>
      parseArgs({
        args,
        strict: true,
        options: {
          email: { type: "string" },
          name: { type: "string" },
          role: { type: "string", multiple: true },
          service: { type: "string", multiple: true },
          password: { type: "string" },
        },
      }),
    );
    // With no --password, a strong one is made and printed once.
    const password = values.password ?? randomBytes(12).toString("base64url");
    const input = {
      email: values.email ?? "",
      name: values.name ?? "",
      roles: (values.role ?? []).map((r: string) => (r === "board" || r === "board-member" ? "board_member" : r)) as never,
      services: values.service ?? [],
      password,
    };
    return async ({ db }, out) => {
      const { created } = await createOrUpdateUser({ db, input });
      out.stdout(`${created ? "Created" : "Updated"} ${input.email.toLowerCase()}.`);
      if (!values.password) out.stdout(`Password: ${password}  (shown once; ask them to keep it safe)`);
    };
  },
};

function noArgs(command: string, args: string[]) {
  if (args.length) throw new BadInput([`${command} takes no arguments (got ${args.join(" ")}).`]);
}

/** node:util's parseArgs with its errors turned into bad input (exit 1). */
function parsed<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new BadInput([(error as Error).message]);
  }
}

const defaultOut: Out = {
  stdout: (s) => process.stdout.write(s + "\n"),
  stderr: (s) => process.stderr.write(s + "\n"),
};

// Run when executed directly (npm run lantern), not when imported by tests.
if (process.argv[1] && /lib[\\/]cli[\\/]main\.ts$/.test(process.argv[1])) {
  // A database driver can fail outside any awaited call (the server it talks
  // to dies mid-import): still one line and exit 2, never Node's crash and
  // its exit 1, which means bad input here. The transaction was not committed.
  const command = process.argv[2] ?? "";
  for (const event of ["uncaughtException", "unhandledRejection"] as const) {
    process.on(event, (error: unknown) => {
      process.stderr.write(failureLine(command, error) + "\n");
      process.exit(2);
    });
  }
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
