// The one render of a board paper's content, story first, used by the page
// (a published paper and a draft's preview alike), the print view the PDF is
// made from, and the public release (built for the public audience):
//   at a glance (each service, then the featured indicators as small
//   multiples, and the one legend) → each theme with its narrative and the
//   charts of the indicators it cites → what our children tell us → since the
//   last meeting → the appendix: every service's table.
// Each section has an id the print view's contents link to; in print each
// starts a new page.
import { SpcIconSprite } from "@/components/spc-icons";
import type { KeepTable } from "@/lib/snapshots/table-cache";
import { parseMarkup } from "@/lib/snapshots/markup";
import type { PaperView } from "@/lib/snapshots/paper-view";
import { AtAGlance } from "./at-a-glance";
import { ChangesPanel } from "./changes-panel";
import { FrozenTable } from "./frozen-table";
import { IndicatorChart } from "./indicator-chart";
import { PaperLegend } from "./paper-legend";
import { RichText } from "./rich-text";
import { VoiceChart } from "./voice-chart";

/** The paper's sections in order, for the print view's contents and the PDF's bookmarks. */
export function paperContents(view: PaperView): { id: string; title: string; level: 1 | 2 }[] {
  return [
    { id: "at-a-glance", title: "At a glance", level: 1 as const },
    ...(view.featured.length ? [{ id: "featured", title: "Featured indicators", level: 2 as const }] : []),
    ...view.themes.map((t) => ({ id: `theme-${t.slug}`, title: t.theme, level: 1 as const })),
    ...(view.voice ? [{ id: "voice", title: "What our children tell us", level: 1 as const }] : []),
    ...(view.changes ? [{ id: "since-last", title: "Since the last meeting", level: 1 as const }] : []),
    { id: "appendix", title: "Appendix: the figures by service", level: 1 as const },
    ...view.sections.map((s) => ({ id: `service-${s.key}`, title: s.name, level: 2 as const })),
  ];
}

export function Paper({
  view,
  period,
  print = false,
  keep,
}: {
  view: PaperView;
  /** the reporting month's label, e.g. "April 2020" */
  period: string;
  print?: boolean;
  /** keeps a published paper's appendix tables built (lib/snapshots/table-cache); unset for a draft */
  keep?: (part: string) => KeepTable | undefined;
}) {
  const isPublic = view.audience === "public";
  return (
    <div className="paper space-y-8">
      <SpcIconSprite />
      <section id="at-a-glance" aria-labelledby="at-a-glance-h" className="paper-section space-y-4">
        <h2 id="at-a-glance-h" className="text-2xl font-bold">At a glance</h2>
        <AtAGlance view={view} />
        {view.featured.length ? (
          <section id="featured" aria-labelledby="featured-h" className="space-y-2">
            <h3 id="featured-h" className="text-lg font-semibold">Featured indicators</h3>
            <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4 print:grid-cols-2">
              {view.featured.map((chart) => (
                <IndicatorChart key={chart.code} chart={chart} headingLevel={4} print={print} />
              ))}
            </div>
          </section>
        ) : null}
        <PaperLegend legend={view.legend} />
      </section>

      {view.themes.map((t) => (
        <section key={t.slug} id={`theme-${t.slug}`} aria-labelledby={`theme-${t.slug}-h`} className="paper-section space-y-3">
          <h2 id={`theme-${t.slug}-h`} className="text-2xl font-bold">{t.theme}</h2>
          {t.body.trim() ? <RichText blocks={parseMarkup(t.body)} /> : null}
          {t.charts.length ? (
            <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3 print:grid-cols-2">
              {t.charts.map((chart) => (
                <IndicatorChart key={chart.code} chart={chart} print={print} />
              ))}
            </div>
          ) : null}
        </section>
      ))}

      {view.voice ? (
        <section id="voice" aria-labelledby="voice-h" className="paper-section space-y-3">
          <h2 id="voice-h" className="text-2xl font-bold">What our children tell us</h2>
          {view.voice.quotes.map((q, i) => (
            <blockquote key={i} className="border-l-4 border-gray-400 pl-3 italic">“{q}”</blockquote>
          ))}
          <VoiceChart survey={view.voice.survey} caption="Survey answers" />
        </section>
      ) : null}

      {view.changes ? (
        <ChangesPanel
          changes={view.changes.changes}
          previousTitle={view.changes.previousTitle}
          previousHref={`/snapshots/${view.changes.previousId}`}
        />
      ) : null}

      <section id="appendix" aria-labelledby="appendix-h" className="paper-section space-y-4">
        <h2 id="appendix-h" className="text-2xl font-bold">Appendix: the figures by service</h2>
        {isPublic ? null : (
          <p className="text-sm text-gray-800">Every indicator&apos;s frozen figures, with its approved commentary under it.</p>
        )}
        {view.sections.map((s) => (
          <section key={s.key} id={`service-${s.key}`} aria-labelledby={`service-${s.key}-h`} className="paper-service space-y-2">
            <h3 id={`service-${s.key}-h`} className="text-xl font-semibold">{s.name}</h3>
            <FrozenTable caption={`${s.name}: ${period}`} rows={s.rows} showCommentary={!isPublic} keep={keep?.(isPublic ? `public:${s.key}:${view.legend.threshold}` : s.key)} />
          </section>
        ))}
      </section>
    </div>
  );
}
