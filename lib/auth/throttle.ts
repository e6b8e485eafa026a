// Sign-in throttling, as pure rules (the counts come from login_attempts,
// lib/auth/credentials.ts). Growing delays, never a lock:
// - by address: many failures from one address, whatever the emails, slow
//   that address down (up to 15 minutes between attempts);
// - by account and address: failures for one email from one address slow
//   that pair down the same way;
// - by account from anywhere: failures for one email from addresses that
//   have never signed in to it slow those addresses down, but only up to a
//   minute between attempts, and never an address the owner has signed in
//   from in the last 30 days. That is all a stranger can impose on an owner.
// Every rule counts emails as typed, whether or not an account exists, so
// known and unknown emails are answered alike.
export const THROTTLE = {
  windowMs: 15 * 60_000,
  knownAddressMs: 30 * 24 * 60 * 60_000,
  address: { free: 20, capSeconds: 15 * 60 },
  accountAddress: { free: 5, capSeconds: 15 * 60 },
  account: { free: 10, capSeconds: 60 },
} as const;

export type ThrottleRule = "address" | "accountAddress" | "account";

export interface FailureCount {
  /** failures in the window (since the last success, where one applies) */
  failures: number;
  /** the newest of them */
  lastAt: Date | null;
}

export interface ThrottleState {
  address: FailureCount;
  accountAddress: FailureCount;
  account: FailureCount;
  /** this address signed in to this account recently */
  knownAddress: boolean;
}

/** Seconds to wait after the newest failure: nothing until `free` failures, then 1, 2, 4 … up to the cap. */
export function delayAfter(failures: number, rule: { free: number; capSeconds: number }): number {
  if (failures < rule.free) return 0;
  return Math.min(2 ** Math.min(failures - rule.free, 30), rule.capSeconds);
}

/** How long this attempt must wait (whole seconds, at least 1), or null if it may go ahead. */
export function throttleWait(state: ThrottleState, now: Date): { rule: ThrottleRule; waitSeconds: number } | null {
  const rules: ThrottleRule[] = state.knownAddress ? ["address", "accountAddress"] : ["address", "accountAddress", "account"];
  let longest: { rule: ThrottleRule; waitSeconds: number } | null = null;
  for (const rule of rules) {
    const { failures, lastAt } = state[rule];
    if (!lastAt) continue;
    const waitMs = lastAt.getTime() + delayAfter(failures, THROTTLE[rule]) * 1000 - now.getTime();
    if (waitMs > 0 && (!longest || waitMs / 1000 > longest.waitSeconds)) longest = { rule, waitSeconds: Math.ceil(waitMs / 1000) };
  }
  return longest;
}

/** The one message for a throttled attempt, whoever the email belongs to. */
export function throttledMessage(waitSeconds: number): string {
  return `Too many sign-in attempts. Wait ${waitInWords(waitSeconds)}, then try again. If you have forgotten your password, ask the performance team.`;
}

/** "1 second", "45 seconds", "3 minutes". */
export function waitInWords(waitSeconds: number): string {
  return waitSeconds < 90 ? `${waitSeconds} second${waitSeconds === 1 ? "" : "s"}` : `${Math.ceil(waitSeconds / 60)} minutes`;
}
