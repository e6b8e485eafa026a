// Auth.js's logger. Expected refusals (a wrong password, a throttled attempt)
// are recorded in the audit trail by lib/auth/credentials.ts, so they print
// nothing; an unreadable or ended session cookie prints one line; anything
// else one line with its cause. Never a stack trace for what is expected.
type Log = Pick<Console, "error" | "warn">;

export function authLogger(log: Log = console) {
  return {
    error(error: Error) {
      const name = (error as { type?: string }).type ?? error.name;
      if (name === "CredentialsSignin") return;
      if (name === "JWTSessionError") {
        log.warn(`[auth] ${name}: a session cookie could not be read, so it was cleared`);
        return;
      }
      const cause = (error as { cause?: unknown }).cause;
      log.error(`[auth] ${name}: ${error.message}${cause instanceof Error ? ` (${cause.message})` : ""}`);
    },
    warn(code: string) {
      log.warn(`[auth] warning: ${code}`);
    },
    debug() {},
  };
}
