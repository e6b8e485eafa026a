import type { DemoSeedResult } from "@/lib/seed/demo";

/** The demo sign-in accounts, printed by seed-demo and npm start. */
export function printDemoAccounts(result: Pick<DemoSeedResult, "accounts" | "password">, print: (s: string) => void) {
  const width = Math.max(...result.accounts.map((a) => a.email.length));
  print("");
  print(`Demo sign-in accounts (password: ${result.password}):`);
  for (const a of result.accounts) print(`  ${a.email.padEnd(width)}  ${a.note}`);
  print("");
}
