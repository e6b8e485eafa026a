// The rules of one-time "set your password" links, as pure functions: an
// invitation or a reset link works for 72 hours, once, and only while it is
// the person's newest link and the person is active.
import { z } from "zod";

export const LINK_HOURS = 72;
export const LINK_PURPOSES = ["invite", "reset"] as const;
export type LinkPurpose = (typeof LINK_PURPOSES)[number];

export function linkExpiry(now: Date): Date {
  return new Date(now.getTime() + LINK_HOURS * 60 * 60_000);
}

export interface StoredLink {
  expiresAt: Date;
  usedAt: Date | null;
  /** the person's account is switched off */
  disabled: boolean;
}

export type LinkVerdict = { ok: true } | { ok: false; reason: "unknown" | "used" | "expired" | "disabled" };

export function linkVerdict(link: StoredLink | null, now: Date): LinkVerdict {
  if (!link) return { ok: false, reason: "unknown" };
  if (link.usedAt) return { ok: false, reason: "used" };
  if (link.disabled) return { ok: false, reason: "disabled" };
  if (now.getTime() >= link.expiresAt.getTime()) return { ok: false, reason: "expired" };
  return { ok: true };
}

/** One message for every link that does not work: it says what to do, not why (the token is a secret). */
export const DEAD_LINK_MESSAGE =
  "This link does not work: it may have been used already or be more than 72 hours old. Ask your performance team for a new one.";

/** A new password: the same rule on every form that sets one. */
export const newPassword = z
  .string({ error: "Choose a password" })
  .min(12, "Use at least 12 characters for your password")
  .max(1024, "Use at most 1,024 characters for your password");

/** The words of the email that carries a link. */
export function linkEmail({ purpose, name, url, authority }: { purpose: LinkPurpose; name: string; url: string; authority: string }) {
  const subject = purpose === "invite" ? `You have been invited to Lantern (${authority})` : "Reset your Lantern password";
  const lead =
    purpose === "invite"
      ? `Hello ${name},\n\nYou have been given access to Lantern, ${authority}'s children's services performance scorecards. Set your password to sign in:`
      : `Hello ${name},\n\nSomeone on your performance team has sent you a link to set a new Lantern password:`;
  const text = `${lead}\n\n${url}\n\nThe link works once and for ${LINK_HOURS} hours. If you did not expect this email, you can ignore it.`;
  return { subject, text };
}
