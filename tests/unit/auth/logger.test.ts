import { describe, expect, it, vi } from "vitest";
import { authLogger } from "@/lib/auth/logger";

const capture = () => {
  const log = { error: vi.fn(), warn: vi.fn() };
  return { log, logger: authLogger(log as unknown as Console) };
};

describe("authLogger", () => {
  it("prints nothing for a refused sign-in (the audit trail has it)", () => {
    const { log, logger } = capture();
    // What Auth.js throws for a refused credentials sign-in (its CredentialsSignin error).
    logger.error(Object.assign(new Error("Read more at https://errors.authjs.dev#credentialssignin"), { name: "CredentialsSignin", type: "CredentialsSignin" }));
    expect(log.error).not.toHaveBeenCalled();
    expect(log.warn).not.toHaveBeenCalled();
  });

  it("prints one line, never a stack, for anything else", () => {
    const { log, logger } = capture();
    const error = Object.assign(new Error("Read more at https://errors.authjs.dev#configuration"), { type: "Configuration", cause: new Error("no secret") });
    logger.error(error);
    expect(log.error).toHaveBeenCalledTimes(1);
    const line = String(log.error.mock.calls[0][0]);
    expect(line).toBe("[auth] Configuration: Read more at https://errors.authjs.dev#configuration (no secret)");
    expect(line).not.toMatch(/\n\s+at /);
  });
});
