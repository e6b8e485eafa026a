// Authority settings with their defaults, in one place.
import type { AuthoritySettings } from "@/db/schema";

export interface EffectiveSettings {
  /** SPC run length for shifts and trends (NHS England SPC SQL v2.6 default: 6) */
  spcRunLength: number;
  /** leave out very large moving ranges before setting SPC limits */
  spcScreenMovingRanges: boolean;
  /** commentary is due on this working day after the month ends */
  commentaryDueWorkingDay: number;
  /** public releases suppress counts from 1 to this number */
  suppressionThreshold: number;
  /** the largest import file taken, in bytes: a bigger one is refused (413) before it is read */
  importMaxBytes: number;
  /** people may sign in with a password (false: "Sign in with Microsoft" only) */
  passwordSignIn: boolean;
}

const DEFAULT_SETTINGS: EffectiveSettings = {
  spcRunLength: 6,
  spcScreenMovingRanges: false,
  commentaryDueWorkingDay: 10,
  suppressionThreshold: 5,
  importMaxBytes: 25 * 1024 * 1024,
  passwordSignIn: true,
};

export function effectiveSettings(stored: AuthoritySettings | null | undefined): EffectiveSettings {
  return { ...DEFAULT_SETTINGS, ...Object.fromEntries(Object.entries(stored ?? {}).filter(([, v]) => v != null)) };
}
