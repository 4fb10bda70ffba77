import fs from 'node:fs';
import os from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { resetConfigForTests } from '@/lib/config';
import { startTestSmtp } from '@/test/smtp';
import { SEND_DEADLINE_MS, SMTP_TIMEOUTS_MS, sendMail } from './mailer';
import { listOutbox, readOutboxMessage } from './outbox-files';

afterEach(() => {
  delete process.env.SMTP_URL;
  delete process.env.OUTBOX_DIR;
  resetConfigForTests();
});

describe('sendMail', () => {
  it('delivers through a real SMTP server when SMTP_URL is set', async () => {
    const smtp = await startTestSmtp();
    process.env.SMTP_URL = smtp.url;
    resetConfigForTests();
    await sendMail({ to: 'olha@example.com', subject: 'Підтвердіть адресу', text: 'Посилання: https://example.com/x — ąę żółć' });
    await smtp.close();
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.subject).toBe('Підтвердіть адресу');
    expect(mail.text?.trim()).toBe('Посилання: https://example.com/x — ąę żółć');
    expect(JSON.stringify(mail.to)).toContain('olha@example.com');
  });

  it.each([
    ['implicit TLS (smtps)', true, 'smtps'],
    ['STARTTLS', false, 'smtp'],
  ])('delivers over %s through the socket the deadline watches', async (_name, secure, scheme) => {
    const received: ParsedMail[] = [];
    const server = new SMTPServer({
      secure,
      authOptional: true,
      onData(stream, _session, callback) {
        simpleParser(stream).then((m) => (received.push(m), callback()), callback);
      },
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.server.address() as { port: number }).port;
    // The test server's certificate is its own self-signed one.
    process.env.SMTP_URL = `${scheme}://127.0.0.1:${port}/?requireTLS=true&tls.rejectUnauthorized=false`;
    resetConfigForTests();
    try {
      await sendMail({ to: 'tls@example.com', subject: 'TLS', text: 'Zażółć gęślą jaźń' });
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
    expect(received.map((m) => m.subject)).toEqual(['TLS']);
    expect(received[0]!.text?.trim()).toBe('Zażółć gęślą jaźń');
  });

  it('gives up a send at the hard deadline even when the server keeps talking and never finishes', async () => {
    // Each step's timeout is far below the deadline, which stays below the outbox lease (outbox.int.test.ts).
    expect(Math.max(...Object.values(SMTP_TIMEOUTS_MS))).toBeLessThan(SEND_DEADLINE_MS);
    // A server that greets, then answers EHLO with an endless multi-line reply: the socket is never idle.
    const drips = new Set<NodeJS.Timeout>();
    const server = net.createServer((socket) => {
      socket.write('220 slow.example ESMTP\r\n');
      socket.once('data', () => {
        const t = setInterval(() => socket.write('250-still here\r\n'), 20);
        drips.add(t);
        socket.on('close', () => clearInterval(t));
      });
      socket.on('error', () => {});
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    process.env.SMTP_URL = `smtp://127.0.0.1:${(server.address() as { port: number }).port}`;
    resetConfigForTests();
    // Only setTimeout is simulated: the deadline's timer (and nodemailer's own) jump, the sockets stay real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const sending = sendMail({ to: 'slow@example.com', subject: 'x', text: 'y' });
      const outcome = sending.then(
        () => 'delivered',
        (e: Error) => e.message,
      );
      // Let the greeting and part of the endless reply arrive, in real time.
      await new Promise((r) => setImmediate(r));
      await vi.waitFor(() => expect(drips.size).toBe(1), { interval: 20, timeout: 5000 });
      await vi.advanceTimersByTimeAsync(SEND_DEADLINE_MS - 1000);
      // Still talking just before the deadline.
      expect(await Promise.race([outcome, new Promise((r) => setImmediate(() => r('pending')))])).toBe('pending');
      await vi.advanceTimersByTimeAsync(2000);
      expect(await outcome).toMatch(/deadline/i);
    } finally {
      vi.useRealTimers();
      for (const t of drips) clearInterval(t);
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('writes an .eml into the outbox folder without SMTP, readable on the staff page', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pobyt-outbox-'));
    process.env.OUTBOX_DIR = dir;
    resetConfigForTests();
    await sendMail({ to: 'jan@example.com', subject: 'Temat wiadomości', text: 'Treść z polskimi znakami: źdźbło' });
    const list = await listOutbox();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ to: 'jan@example.com', subject: 'Temat wiadomości' });
    expect(list[0]!.text.trim()).toBe('Treść z polskimi znakami: źdźbło');
    expect(await readOutboxMessage('../../etc/passwd')).toBeNull();
  });
});
