// The admin console's sections: one card per area, each a link with what it is for.
import Link from "next/link";
import { Card } from "@/components/ui/card";

export interface ConsoleSection {
  href: string;
  title: string;
  about: string;
  /** e.g. "2 waiting" */
  note?: string | null;
}

export function ConsoleSections({ sections }: { sections: ConsoleSection[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {sections.map((s) => (
        <Card as="li" key={s.href}>
          <h2 className="text-lg font-semibold">
            <Link href={s.href} className="text-blue-900 underline">
              {s.title}
            </Link>
          </h2>
          <p className="mt-1 text-sm text-gray-800">{s.about}</p>
          {s.note ? <p className="mt-2 text-sm font-semibold text-gray-900">{s.note}</p> : null}
        </Card>
      ))}
    </ul>
  );
}
