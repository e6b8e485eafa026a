"use client";
// The submit-time warning: the text with what looks like personal data
// highlighted (with words, not colour alone), and the two ways on.
import { Button } from "@/components/ui/button";
import { PERSONAL_DATA_LABELS, splitByFindings, type PersonalDataFinding } from "@/lib/commentary/personal-data";

export function PersonalDataWarning({
  text,
  findings,
  onConfirm,
  onEdit,
  busy,
}: {
  text: string;
  findings: PersonalDataFinding[];
  onConfirm: () => void;
  onEdit: () => void;
  busy: boolean;
}) {
  return (
    <section aria-labelledby="personal-data-heading" className="mt-4 rounded border-2 border-orange-700 bg-orange-50 p-4">
      <h2 id="personal-data-heading" className="text-lg font-bold">
        Check for personal data before you submit
      </h2>
      <p className="mt-1 text-sm">
        {findings.length === 1 ? "One part" : `${findings.length} parts`} of the text may identify a child or family. Edit
        them, or confirm the text is safe to submit.
      </p>
      <ul className="mt-2 list-disc pl-6 text-sm">
        {findings.map((f) => (
          <li key={`${f.start}-${f.end}`}>
            <q>{f.text}</q> {PERSONAL_DATA_LABELS[f.kind]}
          </li>
        ))}
      </ul>
      <p className="mt-3 whitespace-pre-wrap rounded bg-white p-3 text-sm" aria-label="Your text with the parts to check marked">
        {splitByFindings(text, findings).map((piece, i) =>
          piece.finding ? (
            <mark key={i} className="rounded bg-yellow-200 px-0.5 font-semibold text-black underline decoration-wavy">
              {piece.text}
              <span className="sr-only"> ({PERSONAL_DATA_LABELS[piece.finding.kind]})</span>
            </mark>
          ) : (
            <span key={i}>{piece.text}</span>
          ),
        )}
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <Button variant="secondary" onClick={onEdit}>
          Edit the text
        </Button>
        <Button onClick={onConfirm} disabled={busy}>
          Confirm and submit
        </Button>
      </div>
    </section>
  );
}
