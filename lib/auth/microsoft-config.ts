// Sign in with Microsoft (Auth.js's Microsoft Entra ID provider) is offered
// when its three settings are present. The issuer is the tenant's
// (https://login.microsoftonline.com/<tenant-id>/v2.0); a test may point it
// at a stand-in OpenID Connect provider on http://127.0.0.1.
import { settings, type Settings } from "@/lib/config/env";

export interface MicrosoftSettings {
  clientId: string;
  clientSecret: string;
  issuer: string;
}

type MicrosoftEnv = Pick<Settings, "AUTH_MICROSOFT_ENTRA_ID_ID" | "AUTH_MICROSOFT_ENTRA_ID_SECRET" | "AUTH_MICROSOFT_ENTRA_ID_ISSUER">;

export function microsoftSettings(env: MicrosoftEnv = settings()): MicrosoftSettings | null {
  const clientId = env.AUTH_MICROSOFT_ENTRA_ID_ID?.trim();
  const clientSecret = env.AUTH_MICROSOFT_ENTRA_ID_SECRET?.trim();
  const issuer = env.AUTH_MICROSOFT_ENTRA_ID_ISSUER?.trim();
  if (!clientId || !clientSecret || !issuer) return null;
  try {
    const url = new URL(issuer);
    const local = url.hostname === "127.0.0.1" || url.hostname === "localhost";
    if (url.protocol !== "https:" && !(url.protocol === "http:" && local)) return null;
  } catch {
    return null;
  }
  return { clientId, clientSecret, issuer };
}

export const MICROSOFT_PROVIDER_ID = "microsoft-entra-id";

/** The email a Microsoft sign-in vouches for: only one the identity provider says is verified. */
export function verifiedEmail(profile: Record<string, unknown> | null | undefined): string | null {
  if (!profile) return null;
  const verified = profile.email_verified === true || profile.email_verified === "true" || profile.xms_edov === true || profile.xms_edov === "1" || profile.xms_edov === "true";
  const email = typeof profile.email === "string" ? profile.email.trim().toLowerCase() : "";
  return verified && /^[^\s@]+@[^\s@]+$/.test(email) ? email : null;
}
