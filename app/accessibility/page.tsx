import { connection } from "next/server";
import { AccessibilityStatement } from "@/components/accessibility-statement";
import { getDb } from "@/db/client";
import { theAuthority } from "@/lib/queries/authority";
import { helpContactFor } from "@/lib/help-contact";
import { effectiveSettings } from "@/lib/settings";

export const metadata = { title: "Accessibility statement" };

// Open to everyone, signed in or not (the footer links here from every page, sign-in and the public release included).
export default async function AccessibilityPage() {
  // rendered for each request (never at build time, when there is no database to read the authority from)
  await connection();
  const authority = await theAuthority({ db: await getDb() });
  return <AccessibilityStatement authorityName={authority?.name ?? "the council"} help={helpContactFor(effectiveSettings(authority?.settings).helpContact)} />;
}
