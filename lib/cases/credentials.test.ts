import { describe, expect, it } from 'vitest';
import { formatCaseNumber, generateCasePassword, normaliseCaseNumber, normaliseCasePassword } from './credentials';

describe('case credentials', () => {
  it('makes readable passwords without look-alike characters, different each time', () => {
    const passwords = new Set(Array.from({ length: 200 }, generateCasePassword));
    expect(passwords.size).toBe(200);
    for (const p of passwords) expect(p).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{4}-[ACDEFGHJKMNPQRTUVWXY34679]{4}-[ACDEFGHJKMNPQRTUVWXY34679]{4}$/);
  });

  it('accepts a password typed with spaces, lower case or no dashes', () => {
    expect(normaliseCasePassword(' k7mq xq9p 3htr ')).toBe('K7MQ-XQ9P-3HTR');
    expect(normaliseCasePassword('K7MQXQ9P3HTR')).toBe('K7MQ-XQ9P-3HTR');
  });

  it('formats case numbers with a zero-padded sequence', () => {
    expect(formatCaseNumber('WSC', 2026, 4211)).toBe('WSC-2026-004211');
    expect(normaliseCaseNumber(' wsc-2026-004211 ')).toBe('WSC-2026-004211');
  });
});
