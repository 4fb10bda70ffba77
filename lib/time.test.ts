import { describe, expect, it } from 'vitest';
import { warsawLocalToDate } from './time';

describe('warsawLocalToDate', () => {
  it('reads Warsaw wall-clock time in winter and summer', () => {
    expect(warsawLocalToDate('2026-11-23T10:00')?.toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(warsawLocalToDate('2026-07-01T10:00')?.toISOString()).toBe('2026-07-01T08:00:00.000Z');
  });

  it('refuses malformed and impossible dates', () => {
    expect(warsawLocalToDate('2026-02-30T10:00')).toBeNull();
    expect(warsawLocalToDate('23.11.2026 10:00')).toBeNull();
  });
});
