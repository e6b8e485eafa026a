import { ConsoleSections } from "@/components/admin/console-sections";
import { getDb } from "@/db/client";
import { requirePageAccess } from "@/lib/auth/session";
import { consoleSummary } from "@/lib/queries/console";

export const metadata = { title: "Admin console" };

export default async function AdminConsolePage() {
  await requirePageAccess("admin.console");
  const summary = await consoleSummary({ db: await getDb() });
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Admin console</h1>
      <p className="max-w-3xl text-gray-800">
        Everything the performance team keeps: people and their roles, the indicator catalogue, boards, the authority&apos;s
        settings, data loads and months. Every change is recorded in the audit trail.
      </p>
      <ConsoleSections
        sections={[
          { href: "/admin/people", title: "People", about: "Invite people, change their roles and service areas, deactivate, send a password link.", note: `${plural(summary.people, "active person", "active people")}${summary.deactivated ? `, ${summary.deactivated} deactivated` : ""}` },
          { href: "/admin/access-requests", title: "Access requests", about: "People who signed in with Microsoft but have no account yet: grant roles or dismiss.", note: summary.accessRequests ? `${plural(summary.accessRequests, "request")} waiting` : "None waiting" },
          { href: "/admin/indicators", title: "Indicators", about: "The catalogue by service: every field, RAG bands with a preview, order, retiring.", note: `${plural(summary.indicators, "indicator")} in use${summary.retired ? `, ${summary.retired} retired` : ""}` },
          { href: "/admin/service-areas", title: "Service areas", about: "Add, rename, reorder and retire the council's service areas." },
          { href: "/admin/cohorts", title: "Cohorts", about: "Groups followed through their outcomes (edge of care): start month, the word for being in the group, outcomes' names and order." },
          { href: "/admin/breakdowns", title: "Breakdowns", about: "The dimensions counts are broken down by (gender, age band, placement type) and their categories: names and order." },
          { href: "/admin/boards", title: "Boards", about: "The boards that receive published papers, and who sits on each." },
          { href: "/admin/authority", title: "Authority settings", about: "Name, LA codes, populations, statistical neighbours, suppression, commentary due day, SPC rules, sign-in." },
          { href: "/admin/import", title: "Import", about: "Load figures, the catalogue, outturns, benchmarks, commentary, breakdowns or cohorts from CSV or XLSX." },
          { href: "/admin/imports", title: "Imports", about: "Every file loaded, what it changed, and undo." },
          { href: "/admin/months", title: "Months", about: "Close a month to commentary once it is reported; reopen it." },
          { href: "/admin/benchmarks", title: "Benchmarks", about: "The DfE's published figures and statistical-neighbour models." },
          { href: "/admin/audit", title: "Audit", about: "Every change: who, what, when, before and after." },
        ]}
      />
    </div>
  );
}
