import { defineConfig } from "@playwright/test";

// Browser tests run Debian's Chromium against the production build, started
// the way the README starts it (npm start: build, migrate, seed demo, serve)
// on its own port and its own embedded database.
const port = Number(process.env.E2E_PORT ?? 3100);
const chromium = process.env.LANTERN_CHROMIUM ?? "/usr/bin/chromium";
// The stand-in Microsoft sign-in (tests/e2e/admin.spec.ts starts it on this
// port) and where the server writes its emails for the tests to read.
export const oidcPort = Number(process.env.E2E_OIDC_PORT ?? port + 1000);
export const emailDir = `${process.env.E2E_DATA_DIR ?? ".data-e2e"}-emails`;

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: "node --conditions=react-server --import tsx scripts/start.ts",
    url: `http://127.0.0.1:${port}/signin`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      LANTERN_DATA_DIR: process.env.E2E_DATA_DIR ?? ".data-e2e",
      AUTH_SECRET: "e2e-only-secret-not-for-production-use-000000",
      DATABASE_URL: "",
      LANTERN_EMAIL_DIR: emailDir,
      // Auth.js builds the Microsoft redirect URI from this, as a deployment must (it is registered with Entra ID).
      AUTH_URL: `http://127.0.0.1:${port}`,
      AUTH_MICROSOFT_ENTRA_ID_ID: "lantern-e2e",
      AUTH_MICROSOFT_ENTRA_ID_SECRET: "lantern-e2e-secret",
      AUTH_MICROSOFT_ENTRA_ID_ISSUER: `http://127.0.0.1:${oidcPort}`,
    },
  },
});
