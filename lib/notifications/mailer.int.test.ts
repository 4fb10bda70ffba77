import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { startTestSmtp } from '@/test/smtp';
import { sendMail } from './mailer';
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
