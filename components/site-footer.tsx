// Every page's footer: the accessibility statement and, when the performance
// team has set one (the authority's settings), where to get help (WCAG 3.2.6:
// the same place on every page, sign-in and the public release included).
import Link from "next/link";
import { ACCESSIBILITY_HREF } from "./links";

export function SiteFooter({ help }: { help: { href: string; text: string } | null }) {
  return (
    <footer className="mt-10 border-t border-gray-300 bg-white print:hidden">
      <div className="mx-auto flex max-w-screen-2xl flex-wrap gap-x-6 gap-y-2 px-4 py-4 text-sm">
        <Link href={ACCESSIBILITY_HREF} className="inline-block py-1">
          Accessibility statement
        </Link>
        {help ? (
          <span className="inline-block py-1">
            Help and contact: <a href={help.href} className="break-all">{help.text}</a>
          </span>
        ) : null}
      </div>
    </footer>
  );
}
