// Secrets handed to people once — the one-time "set your password" links and
// personal API tokens — and how they are kept: 32 random bytes, written
// base64url with a prefix that says what the secret is; only their SHA-256 is
// stored. (A secret of 256 random bits needs no slow hash: SHA-256 cannot be
// reversed, and a stolen table lets nobody in.)
import { createHash, randomBytes } from "node:crypto";

export type SecretKind = "link" | "api";

const PREFIX: Record<SecretKind, string> = { link: "lnk_", api: "lnt_" };

/** A new secret, e.g. "lnt_3q2…" (47 characters). */
export function newSecret(kind: SecretKind): string {
  return PREFIX[kind] + randomBytes(32).toString("base64url");
}

/** What is stored: the secret's SHA-256, hex. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** Whether a string has the shape of a secret of that kind (checked before any lookup). */
export function looksLikeSecret(kind: SecretKind, value: unknown): value is string {
  return typeof value === "string" && value.length === PREFIX[kind].length + 43 && value.startsWith(PREFIX[kind]) && /^[A-Za-z0-9_-]+$/.test(value.slice(4));
}
