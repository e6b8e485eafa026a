import "server-only";
// Sign in with Microsoft (settings: ./microsoft-config.ts). A person is let
// in only by an email address Microsoft says is verified, matching an active
// Lantern account. Anyone else is told "You don't have access yet — your
// performance team has been told": their request waits in the admin console
// (/admin/access-requests), and every admin is notified of it once.
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accessRequests, userRoles, users } from "@/db/schema";
import { appendAudit } from "@/lib/audit/append";
import { defaultEmailTransport, type EmailMessage } from "@/lib/notify/email";
import { writeNotifications } from "@/lib/notify/in-app";
import { findUserByEmail } from "@/lib/queries/users";
import { microsoftSettings, verifiedEmail } from "./microsoft-config";
import { startSession } from "./sessions";
import type { SessionClaims } from "./session-rules";

/** The provider, when its settings are present. Its profile is read from the ID token alone (no call to Microsoft Graph). */
export function microsoftProviders() {
  const settings = microsoftSettings();
  if (!settings) return [];
  return [
    MicrosoftEntraID({
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
      issuer: settings.issuer,
      authorization: { params: { scope: "openid profile email" } },
      profile: (profile) => ({ id: String(profile.sub), name: typeof profile.name === "string" ? profile.name : null, email: typeof profile.email === "string" ? profile.email : null, image: null }),
    }),
  ];
}

/** Where a refused Microsoft sign-in lands: the sign-in page, saying why in plain words. */
export type AccessOutcome = "requested" | "unverified" | "deactivated";
const refused = (why: AccessOutcome) => `/signin?access=${why}`;

/** Auth.js's signIn callback for Microsoft: true to let the person in, else the page to send them to. */
export async function microsoftSignIn({ db, profile, now = new Date() }: { db: Db; profile: Record<string, unknown> | undefined; now?: Date }): Promise<true | string> {
  const email = verifiedEmail(profile);
  if (!email) {
    const claimed = typeof profile?.email === "string" ? profile.email.slice(0, 320) : "(none)";
    await appendAudit(db, [{ actorId: null, action: "auth.microsoft_unverified", entityType: "sign_in", entityId: claimed, summary: `Microsoft sign-in refused: the email ${claimed} is not verified` }]);
    return refused("unverified");
  }
  const user = await findUserByEmail({ db, email });
  if (user && !user.disabledAt) {
    await appendAudit(db, [{ actorId: user.id, action: "auth.sign_in", entityType: "user", entityId: user.id, summary: "Signed in with Microsoft" }]);
    return true;
  }
  if (user) {
    await appendAudit(db, [{ actorId: null, action: "auth.sign_in_failed", entityType: "sign_in", entityId: email, summary: `Microsoft sign-in refused: ${email} is deactivated` }]);
    return refused("deactivated");
  }
  const name = typeof profile?.name === "string" ? profile.name.slice(0, 200) : null;
  await recordAccessRequest({ db, email, name, now });
  return refused("requested");
}

/** A waiting request is counted again; a new one is stored, and the admins hear of it once. */
async function recordAccessRequest({ db, email, name, now }: { db: Db; email: string; name: string | null; now: Date }) {
  let emails: EmailMessage[] = [];
  await db.transaction(async (tx) => {
    const again = await tx
      .update(accessRequests)
      .set({ lastAt: now, attempts: sql`${accessRequests.attempts} + 1`, name: name ?? sql`${accessRequests.name}` })
      .where(and(sql`lower(${accessRequests.email}) = ${email}`, isNull(accessRequests.outcome)))
      .returning({ id: accessRequests.id });
    if (again.length) return;
    const [request] = await tx.insert(accessRequests).values({ email, name, provider: "microsoft-entra-id", firstAt: now, lastAt: now }).onConflictDoNothing().returning({ id: accessRequests.id });
    if (!request) return;
    await appendAudit(tx, [{ actorId: null, action: "access.request", entityType: "access_request", entityId: String(request.id), summary: `${name ?? email} (${email}) asked for access after signing in with Microsoft` }]);
    const admins = await tx.select({ id: users.id }).from(users).innerJoin(userRoles, and(eq(userRoles.userId, users.id), inArray(userRoles.role, ["admin"]))).where(isNull(users.disabledAt));
    emails = await writeNotifications(tx, [{ userIds: admins.map((a) => a.id), kind: "access.requested", message: `${name ?? email} (${email}) asked for access to Lantern`, link: "/admin/access-requests" }], null);
  });
  const mailer = defaultEmailTransport();
  for (const message of emails) await mailer.send(message).catch((error) => console.error(`[email] could not send to ${message.to}:`, error instanceof Error ? error.message : error));
}

/** The session claims for a Microsoft sign-in the signIn callback let through. */
export async function microsoftClaims({ db, profile }: { db: Db; profile: Record<string, unknown> | undefined }): Promise<SessionClaims | null> {
  const email = verifiedEmail(profile);
  const user = email ? await findUserByEmail({ db, email }) : null;
  if (!user || user.disabledAt) return null;
  return startSession({ db, userId: user.id });
}
