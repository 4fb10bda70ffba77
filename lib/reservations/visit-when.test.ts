import { describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';
import { visitWhen } from './notice';

describe('a visit time reads as the office clock shows it', () => {
  it.each(routing.locales)('in %s: 24-hour Warsaw time, no AM/PM', (locale) => {
    // 13:30 UTC in December is 14:30 in Warsaw.
    const text = visitWhen(new Date('2026-12-04T13:30:00Z'), locale);
    expect(text).toContain('14:30');
    expect(text).not.toMatch(/AM|PM|2:30/);
  });
});
