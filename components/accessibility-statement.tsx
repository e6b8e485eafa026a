// Lantern's accessibility statement, in the form the Public Sector Bodies
// (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018
// ask for (GOV.UK's model statement): who runs the service, how accessible it
// is, what is not and why, how to report a problem, the enforcement
// procedure, the compliance status, and when and how it was tested. Update
// TESTED and the list of problems after each review. The claims a browser
// test can check are in CLAIMS, and tests/e2e/accessibility-pages.spec.ts and
// tests/e2e/keyboard-focus.spec.ts check each of them.
import { NO_CONTACT_TEXT } from "./site-footer";

/** When the statement was prepared and last reviewed, and the service last tested. */
const TESTED = { prepared: "29 November 2026", reviewed: "7 December 2026", tested: "7 December 2026" };

/** What the statement promises that the browser tests check, word for word. */
export const CLAIMS = {
  reflow: "zoom in up to 400% without the text spilling off the screen: every page fits a screen 320 pixels wide (wide data tables scroll sideways inside their own area)",
  titles: "tell pages apart by their titles: each page's title names what it shows (the person, the import, the indicator, the month)",
  focus: "use the whole service with a keyboard only, with focus always visible and moved to the result of each action (a preview, an import, a new month or layout, a choice of indicators, an undo)",
  announced: "use the service with a screen reader (including recent versions of JAWS, NVDA and VoiceOver), which hears the result of each of those actions",
} as const;

export function AccessibilityStatement({ authorityName, help }: { authorityName: string; help: { href: string; text: string } | null }) {
  const contact = help ? <a href={help.href}>{help.text}</a> : <>{NO_CONTACT_TEXT.replace("your council's", `${authorityName}'s`)}</>;
  return (
    <article className="max-w-3xl space-y-4 leading-relaxed">
      <h1 className="text-3xl font-bold">Accessibility statement for Lantern</h1>
      <p>
        This statement applies to Lantern, {authorityName}&apos;s service for children&apos;s social care performance: the monthly scorecards,
        commentary and approvals, board papers and their public releases.
      </p>
      <p>
        This service is run by {authorityName}. We want as many people as possible to be able to use it. For example, that means you should
        be able to:
      </p>
      <ul className="list-disc space-y-1 pl-6">
        <li>change colours, contrast levels and fonts using your browser or device settings</li>
        <li>{CLAIMS.reflow}</li>
        <li>{CLAIMS.titles}</li>
        <li>{CLAIMS.focus}</li>
        <li>{CLAIMS.announced}</li>
        <li>read every chart&apos;s figures in a table beside it, and see red, amber and green ratings as words and shapes, not only colours</li>
        <li>be warned two minutes before your session ends for inactivity, and choose to stay signed in</li>
      </ul>

      <h2 className="text-2xl font-bold">How accessible this service is</h2>
      <p>We know some parts of this service are not fully accessible:</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          a session ends 12 hours after signing in, whatever you are doing; you are warned ten minutes before, your typing is kept in your
          browser, and you can sign in again in a new tab (which starts a new session) without losing it
        </li>
        <li>
          board paper PDFs are tagged, and every chart in them has a text alternative and its figures in a table, but they have not been
          checked with every screen reader; the web page of the paper is the accessible version
        </li>
        <li>spreadsheet downloads (CSV and Excel) have no headings or descriptions beyond their column names</li>
      </ul>

      <h2 className="text-2xl font-bold">Feedback and contact information</h2>
      <p>
        If you need information on this service in a different format, such as accessible PDF, large print, easy read, audio recording or
        braille, or if you find a problem, contact {contact}. We will consider your request and get back to you within 10 working days.
      </p>

      <h2 className="text-2xl font-bold">Reporting accessibility problems with this service</h2>
      <p>
        We are always looking to improve the accessibility of this service. If you find any problems not listed on this page or think we are
        not meeting accessibility requirements, contact {contact}. Tell us the page&apos;s address, what you were trying to do, and the
        browser and any assistive technology you use.
      </p>

      <h2 className="text-2xl font-bold">Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile
        Applications) (No. 2) Accessibility Regulations 2018 (the &lsquo;accessibility regulations&rsquo;). If you are not happy with how we
        respond to your complaint, contact the{" "}
        <a href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support Service (EASS)</a>.
      </p>
      <p>
        If you are in Northern Ireland and are not happy with how we respond to your complaint, you can contact the{" "}
        <a href="https://www.equalityni.org/Home">Equality Commission for Northern Ireland (ECNI)</a>, who are responsible for enforcing the
        accessibility regulations in Northern Ireland.
      </p>

      <h2 className="text-2xl font-bold">Technical information about this service&apos;s accessibility</h2>
      <p>
        {authorityName} is committed to making its websites and services accessible, in accordance with the Public Sector Bodies (Websites
        and Mobile Applications) (No. 2) Accessibility Regulations 2018.
      </p>
      <h3 className="text-xl font-bold">Compliance status</h3>
      <p>
        This service is partially compliant with the{" "}
        <a href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines version 2.2</a> AA standard, due to the non-compliances
        listed below.
      </p>

      <h2 className="text-2xl font-bold">Non-accessible content</h2>
      <p>The content listed below is non-accessible for the following reasons.</p>
      <h3 className="text-xl font-bold">Non-compliance with the accessibility regulations</h3>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          The session&apos;s 12-hour limit cannot be extended by a simple action (WCAG 2.2.1 Timing Adjustable). It protects information
          about children. You are warned ten minutes before it ends and can sign in again in a new tab, which starts a new session; nothing you
          have typed is lost. We review this limit each year.
        </li>
        <li>
          Board paper PDFs are tagged, with a text alternative for every chart, but have not been checked with every screen reader, so parts
          of them may be read out of order (WCAG 1.3.1 Info and Relationships). Each paper&apos;s web page holds the same content.
        </li>
      </ul>
      <h3 className="text-xl font-bold">Disproportionate burden</h3>
      <p>We are not claiming that any fix would be a disproportionate burden.</p>
      <h3 className="text-xl font-bold">Content that&apos;s not within the scope of the accessibility regulations</h3>
      <p>
        Spreadsheets downloaded from the service are produced for analysis in other software; their content is the same as the accessible
        tables on the pages.
      </p>

      <h2 className="text-2xl font-bold">What we&apos;re doing to improve accessibility</h2>
      <p>
        Every release is checked automatically with axe on every page, and by browser tests that do the whole monthly cycle with the keyboard
        only. We will test the board paper PDFs with screen readers and fix what we find.
      </p>

      <h2 className="text-2xl font-bold">Preparation of this accessibility statement</h2>
      <p>
        This statement was prepared on {TESTED.prepared}. It was last reviewed on {TESTED.reviewed}.
      </p>
      <p>
        This service was last tested on {TESTED.tested}. The test was carried out by the Lantern development team. We tested every page: with
        the axe accessibility engine (WCAG 2.2 A and AA rules), and by hand using the keyboard only, at screen widths of 320, 720 (200% zoom)
        and 1440 pixels, checking focus order and visibility, the announcement of each action&apos;s result, error messages, session time
        limits, page titles, colour contrast and reflow.
      </p>
    </article>
  );
}
