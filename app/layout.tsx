import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { SiteHeader, type NavLink } from "@/components/site-header";
import { currentSignedIn } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { signOutAndReturn } from "@/lib/actions/auth/entry";
import { getDb } from "@/db/client";
import { authoritySettings } from "@/lib/queries/authority";
import { helpContactFor } from "@/lib/help-contact";
import { RENEW_SESSION_HREF, SIGN_IN_AGAIN_HREF } from "@/lib/links";
import { SiteFooter } from "@/components/site-footer";
import { FocusManager } from "@/components/ui/focus-manager";
import { LiveRegion } from "@/components/ui/live-region";
import { SessionWatch } from "@/components/session/session-watch";

export const metadata: Metadata = {
  title: { default: "Lantern", template: "%s · Lantern" },
  description: "Children's social care performance scorecards, commentary and board papers",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const signedIn = await currentSignedIn();
  const user = signedIn?.user ?? null;
  const links: NavLink[] = [];
  if (user && can(user, "scorecard.read")) links.push({ href: "/", label: "Overview" });
  // Staff see every paper (drafts too) on /snapshots; board members their boards' papers on /board.
  if (user && can(user, "scorecard.read")) links.push({ href: "/snapshots", label: "Board papers" });
  else if (user && can(user, "board.read")) links.push({ href: "/board", label: "Board papers" });
  if (user && can(user, "commentary.list")) links.push({ href: "/commentary", label: "My commentary" });
  if (user && can(user, "approvals.read")) links.push({ href: "/approvals", label: "Approvals" });
  if (user && can(user, "data.load")) links.push({ href: "/admin/import", label: "Import" });
  if (user && can(user, "data.load")) links.push({ href: "/admin/benchmarks", label: "Benchmarks" });
  if (user && can(user, "audit.read")) links.push({ href: "/admin/audit", label: "Audit" });
  if (user && can(user, "users.manage")) links.push({ href: "/admin/boards", label: "Boards" });
  if (user && can(user, "months.manage")) links.push({ href: "/admin/months", label: "Months" });
  if (user && can(user, "admin.console")) links.push({ href: "/admin", label: "Admin" });
  if (user && can(user, "profile.own")) links.push({ href: "/profile", label: "Profile" });
  const settings = signedIn?.settings ?? (await authoritySettings({ db: await getDb() }));
  const unread = signedIn?.unread ?? null;
  return (
    <html lang="en-GB">
      <body className="flex min-h-screen flex-col">
        <LiveRegion />
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-yellow-300 focus:px-3 focus:py-2 focus:text-black"
        >
          Skip to main content
        </a>
        <SiteHeader
          userName={user?.name ?? null}
          roleText={user ? user.roles.map((r) => ROLE_LABELS[r]).join(", ") : null}
          links={links}
          unreadNotifications={unread}
          signOut={user ? signOutAndReturn : null}
        />
        <FocusManager>
          <main id="main" className="mx-auto w-full max-w-screen-2xl flex-1 px-4 py-6">
            {children}
          </main>
          {user ? <SessionWatch signInHref={SIGN_IN_AGAIN_HREF} renewHref={RENEW_SESSION_HREF} /> : null}
        </FocusManager>
        <SiteFooter help={helpContactFor(settings.helpContact)} />
      </body>
    </html>
  );
}
