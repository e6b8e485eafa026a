import Link from "next/link";

export interface NavLink {
  href: string;
  label: string;
}

export function SiteHeader({
  userName,
  roleText,
  links,
  signOut,
  unreadNotifications = null,
}: {
  userName: string | null;
  roleText: string | null;
  links: NavLink[];
  signOut: (() => Promise<void>) | null;
  /** null when nobody is signed in */
  unreadNotifications?: number | null;
}) {
  return (
    <header className="border-b border-gray-200 bg-slate-900 text-white print:hidden">
      <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-white no-underline">
          Lantern
        </Link>
        {links.length > 0 ? (
          <nav aria-label="Main">
            <ul className="flex flex-wrap gap-4 text-sm">
              {links.map((link) => (
                <li key={link.href}>
                  <Link className="text-white underline-offset-4 hover:underline" href={link.href}>
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {userName ? (
          <div className="ml-auto flex items-center gap-3 text-sm">
            <span>
              Signed in as <strong>{userName}</strong>
              {roleText ? <span className="text-slate-300"> ({roleText})</span> : null}
            </span>
            {unreadNotifications !== null ? (
              <Link href="/notifications" className="text-white underline-offset-4 hover:underline">
                Notifications
                {unreadNotifications > 0 ? " " : null}
                {unreadNotifications > 0 ? (
                  <span className="ml-1 rounded-full bg-yellow-300 px-2 py-0.5 text-xs font-bold text-black">
                    {unreadNotifications}
                    <span className="sr-only"> unread</span>
                  </span>
                ) : null}
              </Link>
            ) : null}
            {signOut ? (
              <form action={signOut}>
                <button
                  type="submit"
                  className="rounded border border-white/60 px-3 py-1 hover:bg-white/10"
                >
                  Sign out
                </button>
              </form>
            ) : null}
          </div>
        ) : null}
      </div>
    </header>
  );
}
