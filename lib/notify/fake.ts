// A transport that records what would have been sent, for tests.
import type { EmailMessage, EmailTransport } from "./email";

export interface FakeEmailTransport extends EmailTransport {
  readonly sent: EmailMessage[];
}

export function createFakeTransport(): FakeEmailTransport {
  const sent: EmailMessage[] = [];
  return {
    name: "fake",
    sent,
    async send(message) {
      sent.push(message);
    },
  };
}
