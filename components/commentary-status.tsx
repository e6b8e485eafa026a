// A commentary's status as a badge: the words come from lib/figures/vocabulary.
import { Badge, type BadgeTone } from "@/components/ui/badge";
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

export function CommentaryStatus({ status }: { status: string | null }) {
  const shown: Shown = status && status in TONES ? (status as Shown) : "not_started";
  return <Badge tone={TONES[shown]}>{COMMENTARY_STATUS_TEXT[shown]}</Badge>;
}
