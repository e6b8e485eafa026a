import { afterEach, describe, expect, it, vi } from "vitest";
import { emailTransportFromEnv } from "@/lib/notify/email";
import { createFakeTransport } from "@/lib/notify/fake";
import { parseSettings } from "@/lib/config/env";

afterEach(() => vi.restoreAllMocks());

describe("the email adapter is chosen by environment variables", () => {
  it("uses SMTP when SMTP_URL or SMTP_HOST is set", () => {
    expect(emailTransportFromEnv(parseSettings({ SMTP_URL: "smtp://localhost:2525" })).name).toBe("smtp");
    expect(emailTransportFromEnv(parseSettings({ SMTP_HOST: "mail.example" })).name).toBe("smtp");
  });
  it("uses GOV.UK Notify when its key and template are set", () => {
    expect(emailTransportFromEnv(parseSettings({ NOTIFY_API_KEY: "key", NOTIFY_TEMPLATE_ID: "template" })).name).toBe("notify");
  });
  it("needs the template as well as the key for Notify", () => {
    expect(emailTransportFromEnv(parseSettings({ NOTIFY_API_KEY: "key" })).name).toBe("log");
  });
  it("prefers SMTP when both are configured", () => {
    expect(emailTransportFromEnv(parseSettings({ SMTP_HOST: "mail.example", NOTIFY_API_KEY: "k", NOTIFY_TEMPLATE_ID: "t" })).name).toBe("smtp");
  });
  it("writes to the server log with neither", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    const transport = emailTransportFromEnv(parseSettings({}));
    expect(transport.name).toBe("log");
    await transport.send({ to: "reporter@lantern.example", subject: "Lantern: returned", text: "Please add why." });
    expect(info).toHaveBeenCalledWith(expect.stringContaining("to=reporter@lantern.example"));
    expect(info.mock.calls[0][0]).toContain("Please add why.");
  });
});

describe("the fake transport", () => {
  it("records what would have been sent", async () => {
    const fake = createFakeTransport();
    await fake.send({ to: "a@example.com", subject: "s", text: "t" });
    expect(fake.sent).toEqual([{ to: "a@example.com", subject: "s", text: "t" }]);
  });
});
