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
  /** earlier suppression thresholds and until when each applied (lib/settings-impact.ts thresholdAt) */
  suppressionThresholdHistory: { until: string; threshold: number }[];
  /** where people get help with Lantern (an email address or an https address), in every page's footer; null: not set */
  helpContact: string | null;
}

const DEFAULT_SETTINGS: EffectiveSettings = {
  spcRunLength: 6,
  spcScreenMovingRanges: false,
  commentaryDueWorkingDay: 10,
  suppressionThreshold: 5,
  importMaxBytes: 25 * 1024 * 1024,
  passwordSignIn: true,
  suppressionThresholdHistory: [],
  helpContact: null,
};

export function effectiveSettings(stored: AuthoritySettings | null | undefined): EffectiveSettings {
  return { ...DEFAULT_SETTINGS, ...Object.fromEntries(Object.entries(stored ?? {}).filter(([, v]) => v != null)) };
}

const HELP_EMAIL = /^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/;

/** The help contact as a link (an email address becomes mailto:); null when it is not set or not usable. */
export function helpContactLink(contact: string | null | undefined): { href: string; text: string } | null {
  const value = contact?.trim();
  if (!value) return null;
  if (HELP_EMAIL.test(value)) return { href: `mailto:${value}`, text: value };
  try {
    const url = new URL(value);
    return url.protocol === "https:" ? { href: url.href, text: url.host + (url.pathname === "/" ? "" : url.pathname) } : null;
  } catch {
    return null;
  }
}
