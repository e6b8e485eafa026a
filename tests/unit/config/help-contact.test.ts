// Where people get help: the admin's contact, else LANTERN_HELP_EMAIL, else none (the footer then says whom to ask).
import { afterEach, describe, expect, it, vi } from "vitest";
import { helpContactFor } from "@/lib/help-contact";

afterEach(() => vi.unstubAllEnvs());

describe("helpContactFor", () => {
  it("takes the contact the admin set", () => {
    vi.stubEnv("LANTERN_HELP_EMAIL", "fallback@council.example");
    expect(helpContactFor("performance@council.example")).toEqual({ href: "mailto:performance@council.example", text: "performance@council.example" });
  });

  it("falls back to LANTERN_HELP_EMAIL when the admin has set none", () => {
    vi.stubEnv("LANTERN_HELP_EMAIL", "fallback@council.example");
    expect(helpContactFor(null)).toEqual({ href: "mailto:fallback@council.example", text: "fallback@council.example" });
  });

  it("gives none when neither is set", () => {
    vi.stubEnv("LANTERN_HELP_EMAIL", "");
    expect(helpContactFor(null)).toBeNull();
  });
});
