// Button looks shared by the commentary and approval components. Colours meet
// WCAG AA contrast; focus uses the global yellow outline.
export const PRIMARY_BUTTON =
  "rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900 disabled:cursor-not-allowed disabled:bg-gray-500";
export const SECONDARY_BUTTON =
  "rounded border border-blue-800 bg-white px-4 py-2 font-semibold text-blue-900 hover:bg-blue-50 disabled:cursor-not-allowed disabled:text-gray-600";
export const WARNING_BUTTON =
  "rounded border border-orange-800 bg-white px-4 py-2 font-semibold text-orange-900 hover:bg-orange-50 disabled:cursor-not-allowed";
