import { headers } from "next/headers";
import { forbidden, notFound } from "next/navigation";
import { FrozenTable, tableRows } from "@/components/snapshot/frozen-table";
import { RichText } from "@/components/snapshot/rich-text";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/session";
import { monthLabel } from "@/lib/format";
import { snapshotContent } from "@/lib/queries/snapshots";
import { canReadSnapshot } from "@/lib/snapshots/access";
import { parseMarkup } from "@/lib/snapshots/markup";
import { withPreviewRows } from "@/lib/snapshots/preview";
import { keptTable } from "@/lib/snapshots/table-cache";
import { sectionsFor } from "@/lib/snapshots/view";
import { parseId } from "@/lib/ids";
import { formatDate, formatDay } from "@/lib/dates";

export const metadata = { title: "Board paper (print)" };

// A4 board paper: title page, contents, a section per theme and per service,
// "Page n of m" in the page margin (CSS @page margin boxes, which Chromium
// prints and the PDF route uses).
const PAPER_CSS = `
@page { size: A4 landscape; margin: 14mm 12mm 16mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt sans-serif; color: #374151; }
  @bottom-left { content: var(--paper-footer, ""); font: 9pt sans-serif; color: #374151; } }
@page :first { @bottom-right { content: none; } }
.paper-section { break-before: page; }
`;

export default async function SnapshotPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  if (!id) notFound();
  // The page's own <style> carries the request's CSP nonce (proxy.ts).
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const user = await requireUser();
  const db = await getDb();
  const stored = await snapshotContent({ db, id });
  if (!stored) notFound();
  if (!canReadSnapshot(user, stored)) forbidden();
  // A draft prints the rows publishing would freeze now.
  const content = await withPreviewRows({ db, content: stored });
  const sections = sectionsFor(content);
  const voice = content.childrensVoice;
  const hasVoice = voice.quotes.length > 0 || voice.survey.length > 0;
  return (
    <div className="mx-auto max-w-[277mm] bg-white p-6 text-[11pt] print:p-0">
      <style nonce={nonce}>{PAPER_CSS}</style>
      <section className="flex min-h-[150mm] flex-col justify-center" aria-labelledby="paper-title">
        <p className="text-lg">{content.authority}</p>
        <h1 id="paper-title" className="mt-2 text-4xl font-bold">{content.title}</h1>
        <p className="mt-4 text-xl">{content.board}</p>
        <p className="text-xl">Meeting of {formatDay(content.meetingDate)}</p>
        <p className="mt-2">Reporting month: {monthLabel(content.period)}</p>
        {content.publishedAt ? (
          <p className="mt-6 text-sm">
            Published on {formatDate(content.publishedAt)} by {content.publishedBy}
            {content.version > 1 ? ` (version ${content.version}: ${content.correctionReason})` : ""}
          </p>
        ) : (
          <p className="mt-6 font-semibold">DRAFT: not published</p>
        )}
      </section>

      <section className="paper-section" aria-labelledby="contents">
        <h2 id="contents" className="text-2xl font-bold">Contents</h2>
        <ol className="mt-4 list-decimal space-y-1 pl-6">
          {content.highlights.map((h) => <li key={h.theme}><a href={`#theme-${slug(h.theme)}`}>{h.theme}</a></li>)}
          {hasVoice ? <li><a href="#voice">What our children tell us</a></li> : null}
          {sections.map((s) => <li key={s.key}><a href={`#service-${s.key}`}>{s.name}</a></li>)}
        </ol>
      </section>

      {content.highlights.map((h) => (
        <section key={h.theme} id={`theme-${slug(h.theme)}`} className="paper-section">
          <h2 className="mb-3 text-2xl font-bold">{h.theme}</h2>
          <RichText blocks={parseMarkup(h.body)} />
        </section>
      ))}

      {hasVoice ? (
        <section id="voice" className="paper-section space-y-3">
          <h2 className="text-2xl font-bold">What our children tell us</h2>
          {voice.quotes.map((q, i) => <blockquote key={i} className="border-l-4 border-gray-400 pl-3 italic">“{q}”</blockquote>)}
          {voice.survey.length ? (
            <table className="text-sm">
              <caption className="text-left font-semibold">Survey answers</caption>
              <tbody>
                {voice.survey.map((s) => (
                  <tr key={s.label}>
                    <th scope="row" className="pr-4 text-left font-normal">{s.label}</th>
                    <td className="text-right tabular-nums">{s.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
      ) : null}

      {sections.map((s) => (
        <section key={s.key} id={`service-${s.key}`} className="paper-section">
          <h2 className="mb-3 text-2xl font-bold">{s.name}</h2>
          <FrozenTable
            caption={`${s.name}: ${monthLabel(content.period)}`}
            rows={tableRows(s.rows)}
            keep={content.status === "draft" ? undefined : keptTable({ db, snapshotId: id, part: s.key })}
          />
        </section>
      ))}
    </div>
  );
}

function slug(text: string) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
