// One email interface, three ways to send: SMTP (nodemailer) when SMTP_URL or
// SMTP_HOST is set, GOV.UK Notify when NOTIFY_API_KEY and NOTIFY_TEMPLATE_ID
// are set, else the server log. Tests pass a fake transport (./fake.ts); the
// browser tests set LANTERN_EMAIL_DIR, and each email is written there as a
// JSON file for the test to read (never for production).
import "server-only";
import type { NotifyClient } from "notifications-node-client";
import { ensurePrivateDir } from "@/db/lock";
import { settings, type Settings } from "@/lib/config/env";

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface EmailTransport {
  readonly name: "smtp" | "notify" | "log" | "fake" | "dir";
  send(message: EmailMessage): Promise<void>;
}

type Env = Settings;

export function emailTransportFromEnv(env: Env = settings()): EmailTransport {
  if (env.LANTERN_EMAIL_DIR) return dirTransport(env.LANTERN_EMAIL_DIR);
  if (env.SMTP_URL || env.SMTP_HOST) return smtpTransport(env);
  if (env.NOTIFY_API_KEY && env.NOTIFY_TEMPLATE_ID) return notifyTransport(env.NOTIFY_API_KEY, env.NOTIFY_TEMPLATE_ID);
  return logTransport();
}

function smtpTransport(env: Env): EmailTransport {
  const from = env.EMAIL_FROM;
  let transporter: Promise<{ sendMail(options: object): Promise<unknown> }> | undefined;
  const connect = async () => {
    const nodemailer = await import("nodemailer");
    return env.SMTP_URL
      ? nodemailer.createTransport(env.SMTP_URL)
      : nodemailer.createTransport({
          host: env.SMTP_HOST,
          port: env.SMTP_PORT,
          secure: env.SMTP_SECURE === "true",
          auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? "" } : undefined,
        });
  };
  return {
    name: "smtp",
    async send(message) {
      transporter ??= connect();
      await (await transporter).sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}

/**
 * GOV.UK Notify sends through a template made in its dashboard; Lantern's
 * template has two placeholders, ((subject)) and ((body)).
 */
function notifyTransport(apiKey: string, templateId: string): EmailTransport {
  let client: Promise<NotifyClient> | undefined;
  return {
    name: "notify",
    async send(message) {
      client ??= import("notifications-node-client").then((m) => new m.NotifyClient(apiKey));
      await (await client).sendEmail(templateId, message.to, {
        personalisation: { subject: message.subject, body: message.text },
      });
    },
  };
}

/** Emails as files, readable by their owner only: they hold set-password links. */
export function dirTransport(dir: string): EmailTransport {
  return {
    name: "dir",
    async send(message) {
      const { writeFile } = await import("node:fs/promises");
      const path = await import("node:path");
      ensurePrivateDir(dir);
      const name = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}.json`;
      await writeFile(path.join(dir, name), JSON.stringify(message), { mode: 0o600 });
    },
  };
}

function logTransport(): EmailTransport {
  return {
    name: "log",
    async send(message) {
      console.info(`[email] to=${message.to} subject=${JSON.stringify(message.subject)}\n${message.text}`);
    },
  };
}

const globalForMail: typeof globalThis & { lanternMailer?: EmailTransport } = globalThis;

/** The process-wide transport, chosen once from the environment. */
export function defaultEmailTransport(): EmailTransport {
  globalForMail.lanternMailer ??= emailTransportFromEnv();
  return globalForMail.lanternMailer;
}
