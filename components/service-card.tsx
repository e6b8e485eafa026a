import Link from "next/link";
import { formatChangePct } from "@/lib/format";

export interface ServiceCardProps {
  name: string;
  href: string;
  indicators: number;
  rag: { green: number; amber: number; red: number; none: number };
  judgement: { better: number; worse: number; same: number };
  commentary: { approved: number; total: number };
  movers: { code: string; title: string; changeFromPreviousPct: number; judgement: string | null }[];
}

export function ServiceCard(props: ServiceCardProps) {
  const { name, href, indicators, rag, judgement, commentary, movers } = props;
  return (
    <section className="flex flex-col rounded-lg border border-gray-200 bg-white p-4 shadow-sm" aria-labelledby={`svc-${href}`}>
      <h2 id={`svc-${href}`} className="text-lg font-semibold">
        <Link href={href}>{name}</Link>
      </h2>
      <p className="text-sm text-gray-700">{indicators} indicators</p>
      <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
        <dt className="text-gray-700">RAG</dt>
        <dd>
          <span className="text-green-900">{rag.green} green</span>, <span className="text-amber-900">{rag.amber} amber</span>,{" "}
          <span className="text-red-900">{rag.red} red</span>
        </dd>
        <dt className="text-gray-700">Since last month</dt>
        <dd>
          {judgement.better} better, {judgement.worse} worse
        </dd>
        <dt className="text-gray-700">Commentary</dt>
        <dd>
          {commentary.approved} of {commentary.total} approved
        </dd>
      </dl>
      {movers.length > 0 ? (
        <div className="mt-3 text-sm">
          <h3 className="font-medium text-gray-900">Biggest movers</h3>
          <ul className="mt-1 space-y-0.5">
            {movers.map((m) => (
              <li key={m.code}>
                <span className="font-mono">{m.code}</span> {formatChangePct(m.changeFromPreviousPct)}
                {m.judgement && m.judgement !== "neutral" ? ` (${m.judgement})` : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
