import { parseTrustedProxies } from "@/lib/http/client-address";

// What a production server must have before it starts; `npm run serve`
// (instrumentation.ts) refuses to start without it and says what to set.
export function startupProblems(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  const secret = env.AUTH_SECRET ?? "";
  if (!secret) {
    problems.push(
      "AUTH_SECRET is not set. It signs every session: set it in the server's environment to a long random value, " +
        "e.g. AUTH_SECRET=$(openssl rand -base64 32). (`npm start`, for trying Lantern locally, makes one in the data directory.)",
    );
  } else if (secret.length < 32) {
    problems.push("AUTH_SECRET is too short: use at least 32 random characters, e.g. AUTH_SECRET=$(openssl rand -base64 32).");
  }
  const proxies = parseTrustedProxies(env.LANTERN_TRUSTED_PROXIES);
  if (!proxies.ok) {
    problems.push(
      `LANTERN_TRUSTED_PROXIES has entries that are not an address or a range: ${proxies.bad.join(", ")}. ` +
        "List the reverse proxies in front of Lantern, e.g. LANTERN_TRUSTED_PROXIES=127.0.0.1,10.0.0.0/8.",
    );
  }
  return problems;
}

/** For instrumentation.ts: print each problem and stop the process before it serves anything. */
export function refuseToStartIfUnsafe(env: Record<string, string | undefined> = process.env): void {
  const problems = startupProblems(env);
  if (problems.length === 0) return;
  for (const problem of problems) console.error(`Lantern will not start: ${problem}`);
  process.exit(1);
}
