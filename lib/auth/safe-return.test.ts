import { describe, expect, it } from 'vitest';
import { safeAuthRedirect, safeReturn } from './safe-return';

const FALLBACK = '/pl/account';

describe('safeReturn', () => {
  const bad = [
    '//evil', '/\\evil', '/%09/evil', '/%2F%2Fevil', 'https://evil', 'javascript:alert(1)', '%2F%2Fevil.example',
    '/%5Cevil', '\\\\evil', ' //evil', '/\t/evil', '/\n/evil', '/%0a/evil', '/%20/evil', 'http:/evil', '///evil', '/%2f/evil',
    '', undefined, null,
  ];
  it.each(bad.map((b) => [b]))('refuses %j', (payload) => {
    expect(safeReturn(payload as string | undefined, FALLBACK)).toBe(FALLBACK);
  });

  it.each([['/pl/forms/5'], ['/pl/account?x=1#y'], ['/en/cases?number=WSC%2F1']])('keeps %j', (good) => {
    expect(safeReturn(good, FALLBACK)).toBe(good);
  });
});

describe('safeAuthRedirect', () => {
  const base = 'http://localhost:3000';
  it('keeps our own paths and origin', () => {
    expect(safeAuthRedirect('/pl/account', base)).toBe(`${base}/pl/account`);
    expect(safeAuthRedirect(`${base}/pl/forms/5?x=1`, base)).toBe(`${base}/pl/forms/5?x=1`);
  });
  it.each([['https://evil.example/'], ['//evil.example'], ['/%09/evil.example'], ['javascript:alert(1)']])('sends %j to the base', (u) => {
    expect(safeAuthRedirect(u, base)).toBe(base);
  });
});
