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
}: {
  userName: string | null;
  roleText: string | null;
  links: NavLink[];
  signOut: (() => Promise<void>) | null;
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
            {signOut ? (
              <form action={signOut}>
                <button
                  type="submit"
                  className="rounded border border-white/60 px-3 py-1 hover:bg-white/10 focus-visible:ring-2 focus-visible:ring-white"
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
