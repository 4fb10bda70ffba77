import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { config } from '@/lib/config';

let cached: string | undefined;

/**
 * Production sets NEXTAUTH_SECRET. The embedded default makes one on first
 * use and keeps it in the data folder, so sessions survive restarts and no
 * secret ships in the repository.
 */
export function authSecret(): string {
  if (cached) return cached;
  const cfg = config();
  if (cfg.NEXTAUTH_SECRET) return (cached = cfg.NEXTAUTH_SECRET);
  if (cfg.DATABASE_URL && cfg.NODE_ENV === 'production') {
    throw new Error('NEXTAUTH_SECRET must be set when running on PostgreSQL in production (several instances must share it).');
  }
  const file = path.join(cfg.dataDir, 'nextauth-secret');
  try {
    cached = fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(cfg.dataDir, { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    try {
      fs.writeFileSync(file, secret, { flag: 'wx', mode: 0o600 });
    } catch {
      // another process wrote it first: use theirs
    }
    cached = fs.readFileSync(file, 'utf8').trim();
  }
  return cached;
}
