// Every page's footer: the accessibility statement and where to get help
// (WCAG 3.2.6: the same place on every page, sign-in and the public release
// included): the contact set by the performance team or the installation
// (lib/help-contact.ts), else whom to ask, in words.
import Link from "next/link";
import { ACCESSIBILITY_HREF } from "./links";

/** Whom to ask when no help contact is set. */
export const NO_CONTACT_TEXT = "your council's performance team, through your manager or whoever gave you your Lantern account";

export function SiteFooter({ help }: { help: { href: string; text: string } | null }) {
  return (
    <footer className="mt-10 border-t border-gray-300 bg-white print:hidden">
      <div className="mx-auto flex max-w-screen-2xl flex-wrap gap-x-6 gap-y-2 px-4 py-4 text-sm">
        <Link href={ACCESSIBILITY_HREF} className="inline-block py-1">
          Accessibility statement
        </Link>
        <span className="inline-block py-1">
          Help and contact:{" "}
          {help ? (
            <a href={help.href} className="break-all">
              {help.text}
            </a>
          ) : (
            NO_CONTACT_TEXT
          )}
        </span>
      </div>
    </footer>
  );
}
