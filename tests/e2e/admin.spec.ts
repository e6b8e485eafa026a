// The admin console in Chromium against the production build:
// invite someone → they set a password from the emailed link → sign in;
// deactivate them while they have a page open → their next request is
// refused; edit an indicator's bands and see the scorecard's RAG change;
// Sign in with Microsoft against a stand-in OpenID Connect provider started
// here on localhost; a personal API token used and revoked. axe on each page.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { OAuth2Server } from "oauth2-mock-server";
import { emailDir, oidcPort } from "../../playwright.config";
import { expectNoAxeViolations, signIn } from "./helpers";

const stamp = Date.now().toString(36);

/** The newest email to this address, written by the server (LANTERN_EMAIL_DIR). */
async function emailTo(address: string): Promise<{ subject: string; text: string }> {
  let found: { to: string; subject: string; text: string } | undefined;
  await expect(async () => {
    const files = fs.existsSync(emailDir) ? fs.readdirSync(emailDir).sort() : [];
    found = files.map((f) => JSON.parse(fs.readFileSync(path.join(emailDir, f), "utf8"))).filter((m) => m.to === address).at(-1);
    expect(found).toBeDefined();
  }).toPass({ timeout: 10_000 });
  return found!;
}

async function freshPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test("invite → set a password from the emailed link → sign in; deactivated with a page open → the next request is refused", async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await freshPage(browser);
  await signIn(admin, "admin@lantern.example");
  await admin.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Admin console");
  await expectNoAxeViolations(admin);
  await admin.getByRole("link", { name: "People", exact: true }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("People");
  await expectNoAxeViolations(admin);

  // A bad invitation is refused field by field; nothing is sent.
  const email = `erin.${stamp}@lantern.example`;
  const invite = admin.getByRole("region", { name: "Invite someone" });
  await invite.getByLabel("Name").fill("Erin Example");
  await invite.getByLabel("Email address").fill("reporter@lantern.example");
  await invite.getByRole("checkbox", { name: "Reporter" }).check();
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(invite.getByText(/already has an account/).first()).toBeVisible();
  await expectNoAxeViolations(admin);

  await invite.getByLabel("Name").fill("Erin Example");
  await invite.getByLabel("Email address").fill(email);
  await invite.getByRole("checkbox", { name: "Reporter" }).check();
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `Invitation sent to ${email}` })).toBeVisible();
  await expect(admin.getByRole("row", { name: /Erin Example/ })).toContainText("Invited");

  // The email's link sets the password, once.
  const message = await emailTo(email);
  const link = /https?:\/\/\S+\/set-password\?token=\S+/.exec(message.text)![0];
  const erin = await freshPage(browser);
  await erin.goto(link);
  await expect(erin.getByRole("heading", { level: 1 })).toHaveText("Set your password");
  await expectNoAxeViolations(erin);
  await erin.getByLabel("New password").fill("erin's long password");
  await erin.getByLabel("Type it again").fill("erin's long password");
  await erin.getByRole("button", { name: "Set password" }).click();
  await expect(erin).toHaveURL(/\/signin\?password=set/);
  await expect(erin.getByText("Your password is set. Sign in with it now.")).toBeVisible();
  await expect(erin.getByLabel("Email address")).toHaveValue(email);
  await erin.getByLabel("Password").fill("erin's long password");
  await erin.getByRole("button", { name: "Sign in", exact: true }).click();
  await erin.waitForURL((url) => !url.pathname.startsWith("/signin"));
  await expect(erin.getByText("Signed in as")).toContainText("Erin Example");
  // The link does not work twice.
  const again = await freshPage(browser);
  await again.goto(link);
  await expect(again.getByRole("alert").filter({ hasText: "This link does not work" })).toBeVisible();

  // The admin deactivates Erin while Erin has a page open.
  await admin.getByRole("link", { name: "Erin Example" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Erin Example");
  await expectNoAxeViolations(admin);
  await admin.getByRole("button", { name: "Deactivate Erin Example" }).click();
  await expect(admin.getByText("Deactivated: their sessions and API tokens have stopped.").first()).toBeVisible();

  // Erin's very next request is refused: back to the sign-in page, and her password no longer works.
  await erin.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My commentary" }).click();
  await expect(erin).toHaveURL(/\/signin/);
  await erin.goto("/signin");
  await erin.getByLabel("Email address").fill(email);
  await erin.getByLabel("Password").fill("erin's long password");
  await erin.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(erin.getByText("The email address or password is not right.").first()).toBeVisible();
  await expect(erin).toHaveURL(/\/signin/);

  // The audit trail shows each step.
  await admin.goto("/admin/audit?entityType=user");
  for (const action of ["Person invited", "Invitation accepted", "Person deactivated"]) await expect(admin.getByRole("cell", { name: action, exact: true }).first()).toBeVisible();
});

test("editing an indicator's bands shows a live preview and changes the scorecard's RAG", async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await freshPage(browser);
  await signIn(admin, "admin@lantern.example");
  const contacts = () => admin.getByRole("row").filter({ hasText: "Number of contacts received" }).first();
  await admin.goto("/scorecards/front-door/2020-04");
  await expect(contacts()).toContainText("No RAG");

  await admin.goto("/admin/indicators");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Indicators");
  await expectNoAxeViolations(admin);
  await admin.getByRole("link", { name: "M1", exact: true }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toContainText("M1");
  await expectNoAxeViolations(admin);

  // M1 was 1,147 in April 2020. Lower is better: green up to 1,150, amber up to 1,200.
  await admin.getByLabel("Good performance is").selectOption("low");
  await admin.getByLabel("Green to").fill("1150");
  await admin.getByLabel("Amber to").fill("1200");
  const counts = admin.getByTestId("preview-counts");
  await expect(counts).not.toContainText("0 green, 0 amber, 0 red");
  const april = admin.getByRole("row", { name: /^April 2020 / });
  await expect(april).toContainText("Green");
  // A bad band is said in words before saving, and refused on the field when saved.
  await admin.getByLabel("Amber from").fill("1300");
  await expect(admin.getByText("The amber band's upper bound (1200) is below its lower bound (1300).").first()).toBeVisible();
  await admin.getByRole("button", { name: "Save indicator" }).click();
  await expect(admin.locator("#ind-amber-max-error")).toContainText("below its lower bound");
  await expectNoAxeViolations(admin);

  await admin.getByLabel("Good performance is").selectOption("low");
  await admin.getByLabel("Green to").fill("1150");
  await admin.getByLabel("Amber to").fill("1200");
  await admin.getByLabel("Amber from").fill("");
  await admin.getByRole("button", { name: "Save indicator" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await admin.goto("/scorecards/front-door/2020-04");
  await expect(contacts()).toContainText("Green");

  // Tighter: 1,147 is now amber.
  await admin.goto(`/admin/indicators/M1`);
  await admin.getByLabel("Green to").fill("1000");
  await admin.getByRole("button", { name: "Save indicator" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await admin.goto("/scorecards/front-door/2020-04");
  await expect(contacts()).toContainText("Amber");

  // Put M1 back as it was, for the other specs.
  await admin.goto(`/admin/indicators/M1`);
  await admin.getByLabel("Good performance is").selectOption("info");
  await admin.getByLabel("Green to").fill("");
  await admin.getByLabel("Amber to").fill("");
  await admin.getByRole("button", { name: "Save indicator" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await admin.goto("/scorecards/front-door/2020-04");
  await expect(contacts()).toContainText("No RAG");

  await admin.goto("/admin/authority");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Authority settings");
  await expectNoAxeViolations(admin);
});

test.describe("Sign in with Microsoft (a stand-in OpenID Connect provider on localhost)", () => {
  const provider = new OAuth2Server();
  let identity = { email: "", name: "", verified: true };

  test.beforeAll(async () => {
    await provider.issuer.keys.generate("RS256");
    provider.service.on("beforeTokenSigning", (token) => {
      Object.assign(token.payload, { sub: `sub-${identity.email}`, email: identity.email, email_verified: identity.verified, name: identity.name });
    });
    // Lantern is configured with http://127.0.0.1:PORT (the mock would call itself localhost).
    provider.issuer.url = `http://127.0.0.1:${oidcPort}`;
    await provider.start(oidcPort, "127.0.0.1");
  });
  test.afterAll(async () => {
    await provider.stop();
  });

  async function signInWithMicrosoft(page: Page) {
    await page.goto("/signin");
    await page.getByRole("button", { name: "Sign in with Microsoft" }).click();
  }

  test("an unknown person is told they have no access yet; an admin grants it; they sign in", async ({ browser }) => {
    test.setTimeout(120_000);
    const newcomerEmail = `sam.${stamp}@council.example`;
    identity = { email: newcomerEmail, name: "Sam Newcomer", verified: true };
    const sam = await freshPage(browser);
    await signInWithMicrosoft(sam);
    await expect(sam).toHaveURL(/\/signin\?access=requested/);
    await expect(sam.getByRole("alert").filter({ hasText: "You don't have access yet — your performance team has been told." })).toBeVisible();
    await expectNoAxeViolations(sam);

    const admin = await freshPage(browser);
    await signIn(admin, "admin@lantern.example");
    await admin.goto("/admin/access-requests");
    await expect(admin.getByRole("heading", { name: "Sam Newcomer" })).toBeVisible();
    await expectNoAxeViolations(admin);
    const request = admin.locator("section", { has: admin.getByRole("heading", { name: "Sam Newcomer" }) });
    await request.getByRole("checkbox", { name: "Reporter" }).check();
    await request.getByRole("button", { name: `Grant access to ${newcomerEmail}` }).click();
    // The request leaves the waiting list for "dealt with lately".
    await expect(admin.getByRole("listitem").filter({ hasText: `${newcomerEmail}): granted` })).toBeVisible();

    await signInWithMicrosoft(sam);
    await sam.waitForURL((url) => !url.pathname.startsWith("/signin"));
    await expect(sam.getByText("Signed in as")).toContainText("Sam Newcomer");
  });

  test("a known person signs straight in; an unverified email is refused", async ({ browser }) => {
    identity = { email: "manager@lantern.example", name: "Morgan Manager", verified: false };
    const page = await freshPage(browser);
    await signInWithMicrosoft(page);
    await expect(page).toHaveURL(/\/signin\?access=unverified/);
    identity = { ...identity, verified: true };
    await signInWithMicrosoft(page);
    await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
    await expect(page.getByText("Signed in as")).toContainText("Morgan Manager");
  });
});

test("a personal API token is shown once, reads the API with Bearer only, and stops when revoked", async ({ browser, playwright, baseURL }) => {
  const page = await freshPage(browser);
  await signIn(page, "reporter@lantern.example");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Profile" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your profile");
  await expectNoAxeViolations(page);
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("Power BI monthly");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByLabel(/Your token/).inputValue();
  expect(token).toMatch(/^lnt_/);
  await expectNoAxeViolations(page);

  const api = await playwright.request.newContext({ baseURL });
  const withToken = await api.get("/api/v1/scorecards/front-door/2020-04", { headers: { authorization: `Bearer ${token}` } });
  expect(withToken.status()).toBe(200);
  expect((await withToken.json()).rows.length).toBeGreaterThan(0);
  // The browser's session cookie never authenticates the API.
  expect((await page.request.get("/api/v1/scorecards/front-door/2020-04")).status()).toBe(401);

  await page.reload();
  const row = page.getByRole("row", { name: /Power BI monthly/ });
  await expect(row).not.toContainText("Never");
  await row.getByRole("button", { name: "Revoke Power BI monthly" }).click();
  await expect(page.getByRole("row", { name: /Power BI monthly/ })).toContainText("Revoked");
  expect((await api.get("/api/v1/scorecards/front-door/2020-04", { headers: { authorization: `Bearer ${token}` } })).status()).toBe(401);
});
