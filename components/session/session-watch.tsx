"use client";
// Warns before the session ends and says when it has (WCAG 2.2.1, 2.2.5).
// It asks the server when the session ends (GET /api/session, which is not
// activity), and two minutes before the idle timeout shows a dialog with
// "Stay signed in" (POST /api/session); ten minutes before the absolute
// lifetime, which cannot be put off, it says to save now and offers to sign
// in again in a new tab, which starts a new session while the work on this
// page is kept (WCAG 2.2.1). When the session has ended (or a
// save met an ended session: ./session-events.ts) it says so, and offers to
// sign in again in a new tab, so nothing typed on this page is lost; back on
// this page, once signed in again, the editor saves what it kept.
import { useCallback, useEffect, useRef, useState } from "react";
import { announce, moveFocus, pageHeading } from "@/components/ui/focus";
import { buttonClass } from "@/components/ui/button";
import { sessionWarning, timeLeftText, type SessionEnds } from "@/lib/auth/session-warning";
import { formatTime } from "@/lib/dates";
import { fetchSession, onSignedInAgain, onSignedOut, reportSignedInAgain } from "./session-events";

type Phase = { kind: "quiet" } | { kind: "idle" | "absolute"; endsAt: number } | { kind: "ended" };

/** The longest wait between two questions to the server (a sleeping laptop's timers run late). */
const LONGEST_WAIT_MS = 5 * 60_000;

const SIGN_IN_AGAIN_ID = "session-sign-in-again";

export function SessionWatch({ signInHref, renewHref }: { signInHref: string; renewHref: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "quiet" });
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const skew = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const phaseRef = useRef<Phase>(phase);
  useEffect(() => {
    phaseRef.current = phase;
  }, [phase]);

  // the next question to the server (a ref: the scheduled call always runs the latest `ask`)
  const checkRef = useRef<() => void>(() => {});
  const schedule = useCallback((delay: number) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => checkRef.current(), Math.max(1000, Math.min(delay, LONGEST_WAIT_MS)));
  }, []);


  const apply = useCallback(
    /** quiet: a save has just said it (it met the new session), so "signed in again" is not announced twice */
    function apply(answer: Awaited<ReturnType<typeof fetchSession>>, quiet = false) {
      if (!answer) return schedule(60_000);
      if (answer.now) skew.current = answer.now - Date.now();
      if (!answer.signedIn) {
        if (phaseRef.current.kind !== "ended") setPhase({ kind: "ended" });
        return schedule(LONGEST_WAIT_MS);
      }
      const serverNow = Date.now() + skew.current;
      const warning = sessionWarning(answer as SessionEnds, serverNow);
      if (phaseRef.current.kind === "ended") {
        phaseRef.current = { kind: "quiet" };
        if (!quiet) {
          announce("You are signed in again.");
          reportSignedInAgain();
        }
      } else if (phaseRef.current.kind === "absolute" && warning.kind === "none") {
        // signed in again from the warning, in another tab: a new session
        phaseRef.current = { kind: "quiet" };
        announce(`You are signed in again. Your new session ends at ${formatTime(new Date(answer.absoluteEndsAt - skew.current))}.`);
      }
      if (warning.kind === "none") {
        setPhase({ kind: "quiet" });
        schedule(warning.checkAt - serverNow);
      } else if (warning.kind === "ended") {
        setPhase({ kind: "ended" });
        schedule(LONGEST_WAIT_MS);
      } else {
        setPhase({ kind: warning.kind, endsAt: warning.endsAt - skew.current });
        schedule(warning.endsAt - serverNow + 1000);
      }
    },
    [schedule],
  );

  const ask = useCallback(async (quiet = false) => apply(await fetchSession(), quiet), [apply]);
  useEffect(() => {
    checkRef.current = () => void ask();
  }, [ask]);

  // Ask when the page opens, when it is shown again, and when a save says the session has ended or is back.
  useEffect(() => {
    const initial = setTimeout(() => void ask(), 0);
    const onVisible = () => document.visibilityState === "visible" && void ask();
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("focus", onVisible);
    const offEnded = onSignedOut(() => {
      setDismissed(null);
      setPhase({ kind: "ended" });
    });
    const offRestored = onSignedInAgain(() => phaseRef.current.kind === "ended" && void ask(true));
    return () => {
      clearTimeout(initial);
      if (timer.current) clearTimeout(timer.current);
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("focus", onVisible);
      offEnded();
      offRestored();
    };
  }, [ask]);

  // The countdown while the warning is open.
  useEffect(() => {
    if (phase.kind !== "idle" && phase.kind !== "absolute") return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [phase.kind]);

  // The session ended while its warning was open: the button that had focus is gone, so say so and focus "Sign in again".
  const endedWhileOpen = useRef(false);
  useEffect(() => {
    const d = dialog.current;
    if (phase.kind !== "ended") {
      endedWhileOpen.current = false;
      return;
    }
    if (!d?.open || endedWhileOpen.current) return;
    endedWhileOpen.current = true;
    announce("You have been signed out. Anything you typed is still here: sign in again in a new tab to save it.");
    moveFocus(SIGN_IN_AGAIN_ID);
  }, [phase.kind]);

  const shownKey = phase.kind === "quiet" ? null : `${phase.kind}:${"endsAt" in phase ? phase.endsAt : ""}`;
  const open = shownKey !== null && dismissed !== shownKey;
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      // opened as "signed out": showModal focuses its first control, and the dialog's name says it
      if (phaseRef.current.kind === "ended") endedWhileOpen.current = true;
      d.showModal();
      setNow(Date.now());
    } else if (!open && d.open) d.close();
  }, [open]);

  async function staySignedIn() {
    const answer = await fetchSession("POST");
    apply(answer);
    if (answer?.signedIn) announce("You are still signed in.");
  }

  const endsAt = "endsAt" in phase ? phase.endsAt : 0;
  const left = timeLeftText(endsAt - now);
  const at = endsAt ? formatTime(new Date(endsAt)) : "";
  return (
    <dialog
      ref={dialog}
      aria-labelledby="session-dialog-heading"
      aria-describedby="session-dialog-text"
      onClose={() => {
        setDismissed(shownKey);
        // focus goes back where it was; if that was nowhere (the page had just opened), to the page's heading
        setTimeout(() => {
          const at = document.activeElement;
          if (!at || at === document.body || dialog.current?.contains(at)) moveFocus(pageHeading());
        }, 0);
      }}
      className="max-w-md rounded border-4 border-gray-900 bg-white p-5 text-gray-900 backdrop:bg-gray-900/70"
    >
      {phase.kind === "ended" ? (
        <>
          <h2 id="session-dialog-heading" className="text-xl font-bold">
            You have been signed out
          </h2>
          <div id="session-dialog-text" className="mt-2 space-y-2">
            <p>Your session has ended, so nothing can be saved from this page until you sign in again.</p>
            <p>Anything you typed is still here and kept in this browser. Sign in again in a new tab, then come back to this tab: your work will be saved.</p>
          </div>
          <div className="mt-4 flex flex-wrap gap-3">
            <a id={SIGN_IN_AGAIN_ID} href={signInHref} target="_blank" rel="noopener" className={buttonClass({ className: "inline-block" })}>
              Sign in again<span className="sr-only"> (opens in a new tab)</span>
              <span aria-hidden="true"> ↗</span>
            </a>
            <button type="button" className={buttonClass({ variant: "secondary" })} onClick={() => dialog.current?.close()}>
              Close
            </button>
          </div>
        </>
      ) : phase.kind === "absolute" ? (
        <>
          <h2 id="session-dialog-heading" className="text-xl font-bold">
            Your session ends in {left}
          </h2>
          <div id="session-dialog-text" className="mt-2 space-y-2">
            <p>
              For security, everyone is signed out a fixed time after signing in, whatever they are doing. You will be signed out at {at}.
            </p>
            <p>
              Save your work now, or sign in again in a new tab: that starts a new session, and anything you have typed on this page is kept and
              can be saved once you come back to this tab.
            </p>
          </div>
          <div className="mt-4 flex flex-wrap gap-3">
            <button type="button" autoFocus className={buttonClass()} onClick={() => dialog.current?.close()}>
              Continue working
            </button>
            <a href={renewHref} target="_blank" rel="noopener" className={buttonClass({ variant: "secondary", className: "inline-block" })}>
              Sign in again now<span className="sr-only"> (opens in a new tab)</span>
              <span aria-hidden="true"> ↗</span>
            </a>
          </div>
        </>
      ) : (
        <>
          <h2 id="session-dialog-heading" className="text-xl font-bold">
            You will be signed out in {left}
          </h2>
          <p id="session-dialog-text" className="mt-2">
            You have not used Lantern for a while, so for security you will be signed out at {at}. Anything you have typed is kept.
          </p>
          <div className="mt-4">
            <button type="button" autoFocus className={buttonClass()} onClick={() => void staySignedIn()}>
              Stay signed in
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
