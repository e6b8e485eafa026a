import "server-only";
// The password check behind sign-in: throttling first (./throttle.ts: growing
// delays by address and by account, never a lock a stranger can impose),
// then argon2id. Unknown emails are checked against a real hash too, and
// every rule counts emails as typed, so known and unknown emails get the
// same answers in similar time. Every failure and every throttled attempt is
// in the audit trail as well as login_attempts.
import { sql } from "drizzle-orm";
import { executeRows, type Db } from "@/db/client";
import { loginAttempts } from "@/db/schema";
import { appendAudit } from "@/lib/audit/append";
import { clientAddressFrom, trustedProxies } from "@/lib/http/client-address";
import { findUserByEmail } from "@/lib/queries/users";
import { hashPassword, verifyPassword } from "./passwords";
import { THROTTLE, throttleWait, type FailureCount, type ThrottleRule, type ThrottleState } from "./throttle";

export type CredentialsResult =
  | { ok: true; userId: string }
  | { ok: false; code: "invalid" }
  | { ok: false; code: "throttled"; waitSeconds: number; rule: ThrottleRule };

export const WRONG_CREDENTIALS_MESSAGE = "The email address or password is not right. Check them and try again.";

// Verifying against a real hash when the email is unknown keeps the response
// time the same, so timing does not reveal which emails have accounts.
let dummyHash: Promise<string> | undefined;

/** Where the attempt came from: the TCP peer, or what the trusted proxies say (lib/http/client-address.ts). */
export function clientAddress(headers: Headers | null | undefined): string {
  return clientAddressFrom(headers, trustedProxies());
}

export async function checkCredentials({
  db,
  email,
  password,
  address = "unknown",
  now = new Date(),
  reauthenticating,
}: {
  db: Db;
  email: string;
  password: string;
  address?: string;
  now?: Date;
  /** a signed-in person proving their password again (to change it): throttled alike, audited as them */
  reauthenticating?: { userId: string; purpose: string };
}): Promise<CredentialsResult> {
  const normalised = email.trim().toLowerCase();
  const wait = throttleWait(await throttleState(db, normalised, address, now), now);
  if (wait && reauthenticating) {
    await appendAudit(db, [
      {
        actorId: reauthenticating.userId,
        action: "auth.throttled",
        entityType: "user",
        entityId: reauthenticating.userId,
        summary: `Current password check (${reauthenticating.purpose}) from ${address} held back ${wait.waitSeconds}s (${wait.rule})`,
        after: { address, ...wait },
      },
    ]);
    return { ok: false, code: "throttled", ...wait };
  }
  if (wait) {
    await auditOncePerMinute(db, "auth.throttled", address, now, (minute) => ({
      summary: `Sign-in from ${address} for ${quoted(normalised)} held back ${wait.waitSeconds}s (${wait.rule}); one entry a minute an address`,
      after: { address, minute, email: quoted(normalised), ...wait },
    }));
    return { ok: false, code: "throttled", ...wait };
  }
  const user = await findUserByEmail({ db, email: normalised });
  const usable = user && user.passwordHash && !user.disabledAt;
  const valid = usable
    ? await verifyPassword(user.passwordHash!, password)
    : (await verifyPassword(await (dummyHash ??= hashPassword("not-a-password")), password), false);
  await db.insert(loginAttempts).values({ email: normalised, succeeded: valid, at: now, address });
  if (reauthenticating) {
    if (!valid) {
      const { userId, purpose } = reauthenticating;
      await appendAudit(db, [{ actorId: userId, action: "auth.reauth_failed", entityType: "user", entityId: userId, summary: `Wrong current password (${purpose}) from ${address}`, after: { address } }]);
    }
    return valid ? { ok: true, userId: user!.id } : { ok: false, code: "invalid" };
  }
  if (valid) {
    await appendAudit(db, [{ actorId: user!.id, action: "auth.sign_in", entityType: "user", entityId: user!.id, summary: `Signed in from ${address}` }]);
    return { ok: true, userId: user!.id };
  }
  await auditOncePerMinute(db, "auth.sign_in_failed", address, now, async (minute) => {
    const [{ n }] = await executeRows<{ n: number }>(db, sql`
      select count(*)::int as n from ${loginAttempts}
      where address = ${address} and not succeeded and at > ${new Date(now.getTime() - 3_600_000).toISOString()}::timestamptz and at <= ${now.toISOString()}::timestamptz
    `);
    return {
      summary: `Failed sign-in from ${address} for ${quoted(normalised)} (${n} failed from this address in the last hour); one entry a minute an address`,
      after: { address, minute, email: quoted(normalised), failedInLastHour: Number(n) },
    };
  });
  return { ok: false, code: "invalid" };
}

/** What an anonymous caller typed, cut short and quoted: the audit trail never carries their text at length. */
function quoted(text: string): string {
  const chars = [...text];
  return JSON.stringify(chars.length > 40 ? `${chars.slice(0, 40).join("")}…` : text);
}

/**
 * Anonymous failures are audited once per address and minute (the first;
 * the rest are counted in login_attempts), so a flood of attempts cannot
 * flood the audit trail.
 */
async function auditOncePerMinute(
  db: Db,
  action: "auth.sign_in_failed" | "auth.throttled",
  address: string,
  now: Date,
  entry: (minute: string) => { summary: string; after: object } | Promise<{ summary: string; after: object }>,
): Promise<void> {
  const minute = now.toISOString().slice(0, 16);
  const [seen] = await executeRows<{ found: boolean }>(db, sql`
    select exists (
      select 1 from audit_events
      where entity_type = 'sign_in_address' and entity_id = ${address} and action = ${action} and after->>'minute' = ${minute}
    ) as found
  `);
  if (seen?.found) return;
  const { summary, after } = await entry(minute);
  await appendAudit(db, [{ actorId: null, action, entityType: "sign_in_address", entityId: address, summary, after }]);
}

/** The three failure counts and whether the address is known to the account, in one query. */
async function throttleState(db: Db, email: string, address: string, now: Date): Promise<ThrottleState> {
  const since = new Date(now.getTime() - THROTTLE.windowMs);
  const knownSince = new Date(now.getTime() - THROTTLE.knownAddressMs);
  const rows = await executeRows<Record<string, unknown>>(db, sql`
    with recent as (
      select lower(email) = ${email} as mine, address = ${address} as here, succeeded, at
      from ${loginAttempts}
      where at > ${since.toISOString()}::timestamptz and at <= ${now.toISOString()}::timestamptz and (lower(email) = ${email} or address = ${address})
    ),
    mine_ok as (select max(at) as at from recent where mine and succeeded),
    pair_ok as (select max(at) as at from recent where mine and here and succeeded)
    select
      (select count(*) from recent where here and not succeeded)::int as address_n,
      (select max(at) from recent where here and not succeeded) as address_at,
      (select count(*) from recent, pair_ok where mine and here and not succeeded and (pair_ok.at is null or recent.at > pair_ok.at))::int as pair_n,
      (select max(recent.at) from recent, pair_ok where mine and here and not succeeded and (pair_ok.at is null or recent.at > pair_ok.at)) as pair_at,
      (select count(*) from recent, mine_ok where mine and not succeeded and (mine_ok.at is null or recent.at > mine_ok.at))::int as account_n,
      (select max(recent.at) from recent, mine_ok where mine and not succeeded and (mine_ok.at is null or recent.at > mine_ok.at)) as account_at,
      exists (
        select 1 from ${loginAttempts}
        where lower(email) = ${email} and address = ${address} and succeeded and at > ${knownSince.toISOString()}::timestamptz
      ) as known
  `);
  const row = rows[0];
  const count = (n: unknown, at: unknown): FailureCount => ({ failures: Number(n ?? 0), lastAt: at ? new Date(at as string) : null });
  return {
    address: count(row.address_n, row.address_at),
    accountAddress: count(row.pair_n, row.pair_at),
    account: count(row.account_n, row.account_at),
    knownAddress: row.known === true,
  };
}
