// A commentary's status as a badge (the words from lib/figures/vocabulary),
// described once (`commentaryStatus`) for <CommentaryStatus> and the kept HTML.
import { atomElement, type Atom } from "@/components/ui/atom";
import { badgeClass, type BadgeTone } from "@/components/ui/badge";
import { COMMENTARY_STATUS_TEXT } from "@/lib/figures/vocabulary";

type Shown = keyof typeof COMMENTARY_STATUS_TEXT;

const TONES: Record<Shown, BadgeTone> = {
  no_figure: "gray",
  not_started: "gray",
  draft: "slate",
  submitted: "sky",
  returned: "orange",
  approved: "green",
  not_needed: "gray",
};

export function commentaryStatus(status: string | null): Atom {
  const shown: Shown = status && status in TONES ? (status as Shown) : "not_started";
  return { tag: "span", attrs: { class: badgeClass(TONES[shown]) }, children: [COMMENTARY_STATUS_TEXT[shown]] };
}

export function CommentaryStatus({ status }: { status: string | null }) {
  return atomElement(commentaryStatus(status));
}
