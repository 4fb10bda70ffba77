import { randomCode } from '@/lib/security/codes';

/** A random case password such as `K7MQ-XQ9P-3HTR` (about 56 bits). */
export function generateCasePassword(): string {
  return [randomCode(4), randomCode(4), randomCode(4)].join('-');
}

/** What people type: spaces and case do not matter, dashes are optional. */
export function normaliseCasePassword(input: string): string {
  const raw = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return raw.length === 12 ? `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}` : raw;
}

export function formatCaseNumber(prefix: string, year: number, seq: number): string {
  return `${prefix}-${year}-${String(seq).padStart(6, '0')}`;
}

export function normaliseCaseNumber(input: string): string {
  return input.trim().toUpperCase().replace(/\s+/g, '');
}
