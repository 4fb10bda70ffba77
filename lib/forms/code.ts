import { randomCode } from '@/lib/security/codes';

/** A short human-readable application code such as `W-7K3F-9Q2M`. */
export function generateApplicationCode(): string {
  return `W-${randomCode(4)}-${randomCode(4)}`;
}

export function normaliseApplicationCode(input: string): string {
  const raw = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const body = raw.startsWith('W') && raw.length === 9 ? raw.slice(1) : raw;
  return body.length === 8 ? `W-${body.slice(0, 4)}-${body.slice(4)}` : input.trim().toUpperCase();
}
