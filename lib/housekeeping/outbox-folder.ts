import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';

export type OutboxFolderCounts = { mailFiles: number; smsLines: number };

const DAY_MS = 24 * 60 * 60 * 1000;
export const SMS_LOG = 'sms.log';

/**
 * Without SMTP_URL the mailer writes each e-mail as an .eml file into the outbox
 * folder, and the log SMS provider appends `<ISO time>\t<to>\t<text>` lines to
 * sms.log: copies of the notices with their recipients, so they are kept no
 * longer than the outbox rows' recipients (RETENTION_OUTBOX_DAYS).
 */
export async function pruneOutboxFolder(dir: string, days: number, now = new Date()): Promise<OutboxFolderCounts> {
  const cutoff = now.getTime() - days * DAY_MS;
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  let mailFiles = 0;
  for (const name of names.filter((n) => n.endsWith('.eml'))) {
    const file = path.join(dir, name);
    const stat = await fs.stat(file).catch(() => null);
    if (!stat?.isFile() || stat.mtimeMs >= cutoff) continue;
    // Another process may have pruned it first: that is fine.
    await fs.rm(file, { force: true });
    mailFiles++;
  }
  return { mailFiles, smsLines: await trimSmsLog(path.join(dir, SMS_LOG), cutoff) };
}

async function trimSmsLog(file: string, cutoff: number): Promise<number> {
  const original = await fs.readFile(file).catch(() => null);
  if (!original) return 0;
  const lines = original.toString('utf8').split('\n');
  // The last element is what follows the final newline: empty, or a line still being written.
  const tail = lines.pop() ?? '';
  // A line whose time cannot be read is kept: nothing says it is old.
  const isOld = (line: string) => {
    const at = Date.parse(line.slice(0, line.indexOf('\t')));
    return Number.isFinite(at) && at < cutoff;
  };
  const kept = lines.filter((l) => !isOld(l));
  const dropped = lines.length - kept.length;
  if (!dropped) return 0;
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, kept.map((l) => `${l}\n`).join('') + tail);
  // The provider appends while we rewrite: carry over whatever arrived since the read, then swap the file in.
  let copied = original.length;
  for (;;) {
    const current = await fs.readFile(file).catch(() => null);
    if (!current || current.length <= copied) break;
    await fs.appendFile(tmp, current.subarray(copied));
    copied = current.length;
  }
  await fs.rename(tmp, file);
  return dropped;
}
