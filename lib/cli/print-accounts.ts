import type { DemoSeedResult } from "@/lib/seed/demo";

/** The demo sign-in accounts, printed by seed-demo and npm start. */
export function printDemoAccounts(result: Pick<DemoSeedResult, "accounts" | "password" | "loaded">, print: (s: string) => void) {
  const width = Math.max(...result.accounts.map((a) => a.email.length));
  print("");
  // A later start never resets the accounts, so their passwords may have been changed.
  print(`Demo sign-in accounts (password: ${result.password}${result.loaded ? "" : ", unless changed since"}):`);
  for (const a of result.accounts) print(`  ${a.email.padEnd(width)}  ${a.note}`);
  print("");
}
