import { formatNumber, formatValue } from "@/lib/format";
import type { Unit } from "@/lib/figures/types";

/** The target and how far the figure is from it, in words. */
export function TargetCell({
  target,
  distance,
  unit,
  decimals,
}: {
  target: number | null;
  distance: number | null;
  unit: Unit;
  decimals: number;
}) {
  if (target === null) return <span className="text-xs text-gray-600">No target</span>;
  const gap =
    distance === null
      ? null
      : distance === 0
        ? "on target"
        : `${formatNumber(Math.abs(distance), decimals)}${unit === "percent" ? " points" : ""} ${distance > 0 ? "above" : "below"}`;
  return (
    <span className="whitespace-nowrap tabular-nums">
      {formatValue(target, unit, decimals)}
      {gap ? <span className="block text-xs text-gray-700">{gap}</span> : null}
    </span>
  );
}
