import "server-only";
import nodemailer from "nodemailer";
import { getEnv } from "@/lib/env";
import type { Outgoing } from "./queries";

// The SMTP connection, from SMTP_URL (smtp:// with STARTTLS when offered, smtps:// for TLS).
// Timeouts stay well inside the queue's lease (outbox-service.ts), so a hung server never lets a
// second worker claim a message the first is still sending.

export type Send = (mail: Outgoing) => Promise<void>;

export function smtpSender(url = getEnv().SMTP_URL, from = getEnv().MAIL_FROM): Send {
  if (!url || !from) throw new Error("SMTP_URL and MAIL_FROM must be set to send e-mail");
  // A small pool of kept-open connections (a drain of thousands does not open one per message), and
  // timeouts; nodemailer reads them from the URL's query, where an operator's own settings win.
  const withDefaults = new URL(url);
  const defaults = { pool: "true", maxConnections: "4", maxMessages: "1000", connectionTimeout: "20000", greetingTimeout: "20000", socketTimeout: "60000" };
  for (const [name, value] of Object.entries(defaults)) if (!withDefaults.searchParams.has(name)) withDefaults.searchParams.set(name, value);
  const transport = nodemailer.createTransport(withDefaults.toString());
  return async (mail) => {
    await transport.sendMail({ from, to: mail.to, subject: mail.message.subject, text: mail.message.text, html: mail.message.html, headers: mail.headers, messageId: mail.headers["Message-ID"] });
  };
}
