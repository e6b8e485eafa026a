import Link from "next/link";
import { ActionForm } from "@/components/snapshot/action-form";
import { Card } from "@/components/ui/card";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { getDb } from "@/db/client";
import { updateAuthorityDetailsAction, updateFigureSettingsAction, updateHelpContactAction, updatePopulationsAction, updateSignInAction } from "@/lib/actions/authority/entry";
import { microsoftSettings } from "@/lib/auth/microsoft-config";
import { requirePageAccess } from "@/lib/auth/session";
import { authoritySettingsPage } from "@/lib/queries/authority-settings";

export const metadata = { title: "Authority settings" };

export default async function AuthoritySettingsPage() {
  await requirePageAccess("settings.manage");
  const page = await authoritySettingsPage({ db: await getDb() });
  if (!page) return <p>The database has no authority yet: run the migrations first.</p>;
  const s = page.settings;
  const microsoft = microsoftSettings() !== null;
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Authority settings</h1>
      <p className="text-gray-800">
        Changes apply to the live scorecards at once, and each save says which months&apos; scorecards it changes. Published board papers never change:
        their figures were frozen when they were published.
      </p>
      <Card aria-labelledby="details-heading">
        <h2 id="details-heading" className="text-lg font-semibold">The authority</h2>
        <ActionForm action={updateAuthorityDetailsAction} submitLabel="Save the authority" className="mt-3 space-y-4">
          <Field id="authority-name" name="name" label="Name">
            <Input defaultValue={page.name} />
          </Field>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="authority-la-code" name="laCode" label="DfE LA code" hint="Three digits, e.g. 330.">
              <Input defaultValue={page.laCode ?? ""} inputMode="numeric" />
            </Field>
            <Field id="authority-ons-code" name="onsCode" label="ONS code" hint="e.g. E08000025.">
              <Input defaultValue={page.onsCode ?? ""} />
            </Field>
          </div>
          <Field
            id="authority-neighbours"
            name="neighbours"
            label="Statistical neighbours"
            hint={<>One per line: the three-digit LA code, a space, then the name. The <Link href="/admin/benchmarks" className="underline">benchmarks page</Link> can fill these from a DfE model instead.</>}
          >
            <Textarea rows={10} defaultValue={page.neighbours.map((n) => `${n.code} ${n.name}`).join("\n")} />
          </Field>
        </ActionForm>
      </Card>
      <Card aria-labelledby="population-heading">
        <h2 id="population-heading" className="text-lg font-semibold">Children aged 0–17</h2>
        <p className="text-sm text-gray-800">
          ONS mid-year estimates, for rates per 10,000 ({page.rateIndicators} indicator{page.rateIndicators === 1 ? " is a rate" : "s are rates"}). Each
          financial year uses the estimate for the year it starts in.
        </p>
        <ActionForm action={updatePopulationsAction} submitLabel="Save populations" className="mt-3 space-y-4">
          <Field id="authority-populations" name="populations" label="Populations by year" hint='One per line: the year, a space, the population, e.g. "2019 104000".'>
            <Textarea rows={6} defaultValue={page.populations.map(([y, p]) => `${y} ${p}`).join("\n")} />
          </Field>
        </ActionForm>
      </Card>
      <Card aria-labelledby="figures-heading">
        <h2 id="figures-heading" className="text-lg font-semibold">Figures and commentary</h2>
        <ActionForm action={updateFigureSettingsAction} submitLabel="Save figure settings" className="mt-3 space-y-4">
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="spc-run-length" name="spcRunLength" label="SPC run length" hint="Points in a row that make a shift or trend: 6 (NHS England SPC v2.6), 7 or 8.">
              <Select defaultValue={String(s.spcRunLength)}>
                {[6, 7, 8].map((n) => <option key={n} value={n}>{n}</option>)}
              </Select>
            </Field>
            <Field id="suppression-threshold" name="suppressionThreshold" label="Small-number threshold" hint="Public releases show counts from 1 to this as “c”.">
              <Input type="number" min={1} max={20} defaultValue={s.suppressionThreshold} inputMode="numeric" />
            </Field>
            <Field id="due-day" name="commentaryDueWorkingDay" label="Commentary due on working day" hint="After the month's end, bank holidays skipped.">
              <Input type="number" min={1} max={20} defaultValue={s.commentaryDueWorkingDay} inputMode="numeric" />
            </Field>
            <div className="flex items-end">
              <label className="flex items-center gap-2 text-sm font-medium">
                <input type="checkbox" name="spcScreenMovingRanges" defaultChecked={s.spcScreenMovingRanges} className="h-4 w-4" />
                Screen out very large moving ranges before setting SPC limits
              </label>
            </div>
          </div>
        </ActionForm>
      </Card>
      <Card aria-labelledby="help-heading">
        <h2 id="help-heading" className="text-lg font-semibold">Help and contact</h2>
        <p className="text-sm text-gray-800">Shown in every page&apos;s footer, and in the accessibility statement as where to report a problem.</p>
        <ActionForm action={updateHelpContactAction} submitLabel="Save help contact" className="mt-3 space-y-4">
          <Field id="help-contact" name="helpContact" label="Email address or web address" hint="e.g. performance@council.gov.uk or https://intranet.council.gov.uk/lantern-help. Leave it empty for no help link.">
            <Input defaultValue={s.helpContact ?? ""} />
          </Field>
        </ActionForm>
      </Card>
      <Card aria-labelledby="signin-heading">
        <h2 id="signin-heading" className="text-lg font-semibold">Sign-in</h2>
        <p className="text-sm text-gray-800">
          {microsoft ? "Sign in with Microsoft is set up." : "Sign in with Microsoft is not set up (it needs AUTH_MICROSOFT_ENTRA_ID_ID, _SECRET and _ISSUER), so passwords must stay on."}
        </p>
        <ActionForm action={updateSignInAction} submitLabel="Save sign-in" className="mt-3 space-y-4">
          <Field id="password-sign-in" name="passwordSignIn" label="Password sign-in">
            <Select defaultValue={s.passwordSignIn ? "on" : "off"}>
              <option value="on">On: people may sign in with a password</option>
              <option value="off">Off: Microsoft only</option>
            </Select>
          </Field>
        </ActionForm>
      </Card>
    </div>
  );
}
