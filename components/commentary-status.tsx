const LABELS: Record<string, { text: string; className: string }> = {
  not_started: { text: "Not started", className: "bg-gray-100 text-gray-800" },
  draft: { text: "Draft", className: "bg-slate-100 text-slate-800" },
  submitted: { text: "Submitted", className: "bg-sky-100 text-sky-900" },
  returned: { text: "Returned", className: "bg-orange-100 text-orange-900" },
  approved: { text: "Approved", className: "bg-green-100 text-green-900" },
  not_needed: { text: "No commentary needed", className: "bg-gray-100 text-gray-800" },
};

export function CommentaryStatus({ status }: { status: string | null }) {
  const label = LABELS[status ?? "not_started"] ?? LABELS.not_started;
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${label.className}`}>{label.text}</span>;
}
