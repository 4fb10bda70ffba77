import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { config } from '@/lib/config';

export type OutboxEntry = { id: string; to: string; subject: string; date: Date | null; text: string };

const ID_PATTERN = /^[\w-]+\.eml$/;

export async function listOutbox(limit = 200): Promise<OutboxEntry[]> {
  const dir = config().outboxDir;
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const ids = names.filter((n) => ID_PATTERN.test(n)).sort().reverse().slice(0, limit);
  return Promise.all(ids.map(async (id) => (await readOutboxMessage(id))!));
}

/** Null for an unknown id; the pattern keeps a crafted id from leaving the folder. */
export async function readOutboxMessage(id: string): Promise<OutboxEntry | null> {
  if (!ID_PATTERN.test(id)) return null;
  const raw = await fs.readFile(path.join(config().outboxDir, id)).catch(() => null);
  if (!raw) return null;
  const parsed = await simpleParser(raw);
  const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(', ') : (parsed.to?.text ?? '');
  return { id, to, subject: parsed.subject ?? '', date: parsed.date ?? null, text: parsed.text ?? '' };
}
