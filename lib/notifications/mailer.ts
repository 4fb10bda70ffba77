import 'server-only';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { config } from '@/lib/config';

export type Mail = {
  to: string;
  subject: string;
  text: string;
  attachments?: { filename: string; content: Buffer | string; contentType?: string }[];
};

/**
 * nodemailer's defaults wait 2 minutes to connect and 10 minutes on a silent
 * socket, longer than an outbox lease used to last, so a hanging server let a
 * second worker send the same notice. Each step now has a short limit...
 */
export const SMTP_TIMEOUTS_MS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 } as const;
/**
 * ...and the whole send a hard one: a server that answers a byte a minute never
 * trips socketTimeout, so the socket is destroyed at this deadline whatever
 * happens. The outbox's lease (STALE_CLAIM_SECONDS) is longer than this.
 */
export const SEND_DEADLINE_MS = 5 * 60_000;

/** Opens the TCP connection ourselves, so that the deadline can destroy it; nodemailer adds TLS on top when `secure`. */
function socketWithDeadline(options: SMTPTransport.Options, callback: (err: Error | null, socketOptions: object) => void) {
  const socket = net.connect({ host: options.host ?? 'localhost', port: Number(options.port) || (options.secure ? 465 : 587) });
  const deadline = setTimeout(() => socket.destroy(new Error('SMTP send deadline passed')), SEND_DEADLINE_MS);
  deadline.unref();
  const connectTimer = setTimeout(() => socket.destroy(new Error('SMTP connection timeout')), SMTP_TIMEOUTS_MS.connectionTimeout);
  let answered = false;
  const answer = (err: Error | null) => {
    clearTimeout(connectTimer);
    if (answered) return;
    answered = true;
    if (err) callback(err, {});
    else callback(null, { connection: socket });
  };
  socket.once('connect', () => answer(null));
  socket.once('error', (e) => answer(e));
  socket.once('close', () => {
    clearTimeout(deadline);
    answer(new Error('SMTP connection closed'));
  });
}

const globalForMail = globalThis as unknown as { pobytSmtp?: { url: string; transport: Transporter } };

function smtpTransport(url: string): Transporter {
  if (globalForMail.pobytSmtp?.url !== url) {
    const transport = nodemailer.createTransport(url);
    // createTransport keeps no other option next to a URL, so the SMTP transport gets them after; it reads both at each send.
    // (Constructing nodemailer/lib/smtp-transport directly would make Next bundle a second copy of nodemailer.)
    const smtp = transport.transporter as SMTPTransport;
    Object.assign(smtp.options, SMTP_TIMEOUTS_MS);
    smtp.getSocket = socketWithDeadline;
    globalForMail.pobytSmtp = { url, transport };
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
