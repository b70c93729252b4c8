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
  const transport = nodemailer.createTransport(url, { connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 });
  return async (mail) => {
    await transport.sendMail({ from, to: mail.to, subject: mail.message.subject, text: mail.message.text, html: mail.message.html, headers: mail.headers, messageId: mail.headers["Message-ID"] });
  };
}
