// Each indicator's latest computed benchmarks on the admin page: the
// authority against England, its region and its neighbours, its ranks and
// quartile, who was left out and why, and its own published figure beside
// Lantern's outturn for the year (a gap over the tolerance is flagged in words).
import { Table } from "@/components/ui/table";
import type { LatestBenchmark } from "@/lib/queries/benchmarks-admin";
import { benchmarkFigure as fig, QUARTILE_TEXT, rankText } from "@/lib/benchmarks/words";

const th = "px-2 py-1 text-left align-bottom font-semibold";
const td = "px-2 py-1 align-top";

export function ComputedTable({ rows }: { rows: LatestBenchmark[] }) {
  return (
    <Table caption="Latest computed benchmarks by indicator" regionLabel="Latest computed benchmarks (scrolls sideways)">
      <thead className="bg-gray-50">
        <tr>
          <th scope="col" className={th}>Indicator</th>
          <th scope="col" className={th}>Year</th>
          <th scope="col" className={th}>Ours (published)</th>
          <th scope="col" className={th}>England</th>
          <th scope="col" className={th}>Region</th>
          <th scope="col" className={th}>SN average</th>
          <th scope="col" className={th}>SN median</th>
          <th scope="col" className={th}>Best SN</th>
          <th scope="col" className={th}>Top quartile</th>
          <th scope="col" className={th}>Rank (England)</th>
          <th scope="col" className={th}>Rank (neighbours)</th>
          <th scope="col" className={th}>Quartile</th>
          <th scope="col" className={th}>Left out</th>
          <th scope="col" className={th}>Our outturn</th>
          <th scope="col" className={th}>Source</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-gray-200">
        {rows.map(({ code, yearLabel, model, fileName, result: r, local }) => (
          <tr key={code}>
            <th scope="row" className={th}>{code}</th>
            <td className={td}>{yearLabel}</td>
            <td className={td}>{r.authority.value === null ? <>n/a ({r.authority.missing})</> : fig(r.authority.value)}</td>
            <td className={td}>{fig(r.england)}</td>
            <td className={td}>
              {fig(r.region.value)}
              {r.region.name ? <span className="block text-xs text-gray-700">{r.region.name}</span> : null}
            </td>
            <td className={td}>
              {fig(r.snAverage)}
              <span className="block text-xs text-gray-700">{r.snWithData} of {r.neighbours.length} with data</span>
            </td>
            <td className={td}>{fig(r.snMedian)}</td>
            <td className={td}>{fig(r.snBest)}</td>
            <td className={td}>{fig(r.topQuartile)}</td>
            <td className={td}>{rankText(r.rankAll)}</td>
            <td className={td}>{rankText(r.rankSn)}</td>
            <td className={td}>{r.quartile ? QUARTILE_TEXT[r.quartile] : "n/a"}</td>
            <td className={td}>
              {r.snLeftOut.length === 0 ? (
                "none"
              ) : (
                <ul className="space-y-0.5">
                  {r.snLeftOut.map((l) => (
                    <li key={l.code}>
                      {l.code} {l.name}: {l.reason}
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td className={td}>
              {local.local === null ? (
                "no outturn"
              ) : (
                <>
                  {fig(local.local)}
                  {local.disagrees ? <strong className="block text-xs text-red-900">Differs from the published figure by {fig(local.difference)}: check the local figure and the return</strong> : null}
                </>
              )}
            </td>
            <td className={td}>
              {fileName}
              <span className="block text-xs text-gray-700">SN model {model}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
