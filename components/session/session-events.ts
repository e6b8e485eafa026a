// How the page's parts hear about the session: a save that meets an ended
// session says so (`reportSignedOut`), and the session watch
// (./session-watch.tsx) says when the person has signed in again, so the
// work kept in the browser can be saved (`onSignedInAgain`).
import type { SessionEnds } from "@/lib/auth/session-warning";

const ENDED = "lantern:session-ended";
const RESTORED = "lantern:session-restored";

export type SessionAnswer = ({ signedIn: true } & SessionEnds & { now: number }) | { signedIn: false; now?: number };

/** Asks the server when the session ends; null when it cannot be reached. */
export async function fetchSession(method: "GET" | "POST" = "GET"): Promise<SessionAnswer | null> {
  try {
    const response = await fetch("/api/session", { method, cache: "no-store", credentials: "same-origin", redirect: "manual" });
    if (response.type === "opaqueredirect") return { signedIn: false };
    if (!response.ok && response.status !== 401) return null;
    return (await response.json()) as SessionAnswer;
  } catch {
    return null;
  }
}

/** A save or action was refused because the session has ended. */
function reportSignedOut(): void {
  window.dispatchEvent(new Event(ENDED));
}

export function onSignedOut(listener: () => void): () => void {
  window.addEventListener(ENDED, listener);
  return () => window.removeEventListener(ENDED, listener);
}

export function reportSignedInAgain(): void {
  window.dispatchEvent(new Event(RESTORED));
}

export function onSignedInAgain(listener: () => void): () => void {
  window.addEventListener(RESTORED, listener);
  return () => window.removeEventListener(RESTORED, listener);
}

/**
 * After a save failed (a refusal saying nobody is signed in, or a response that
 * was no answer at all: a redirect to sign in): whether the session has ended.
 * If so the session watch is told, and shows how to sign in again.
 */
export async function signedOutNow(result?: { ok: boolean; code?: string } | null): Promise<boolean> {
  const ended = result && !result.ok && result.code === "unauthenticated" ? true : (await fetchSession())?.signedIn === false;
  if (ended) reportSignedOut();
  return ended;
}
