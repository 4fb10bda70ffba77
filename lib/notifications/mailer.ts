import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import { config } from '@/lib/config';

export type Mail = {
  to: string;
  subject: string;
  text: string;
  attachments?: { filename: string; content: Buffer | string; contentType?: string }[];
};

const globalForMail = globalThis as unknown as { pobytSmtp?: { url: string; transport: Transporter } };

function smtpTransport(url: string): Transporter {
  if (globalForMail.pobytSmtp?.url !== url) {
    globalForMail.pobytSmtp = { url, transport: nodemailer.createTransport(url) };
  }
  return globalForMail.pobytSmtp.transport;
}

/**
 * Sends through SMTP when SMTP_URL is set; otherwise writes an .eml file into
 * the outbox folder, which admins can read on the staff outbox page.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const cfg = config();
  const message = { from: cfg.MAIL_FROM, ...mail };
  if (cfg.SMTP_URL) {
    await smtpTransport(cfg.SMTP_URL).sendMail(message);
    return;
  }
  const built = await nodemailer.createTransport({ streamTransport: true, buffer: true }).sendMail(message);
  await fs.mkdir(cfg.outboxDir, { recursive: true });
  const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`;
  await fs.writeFile(path.join(cfg.outboxDir, name), built.message as Buffer);
}
