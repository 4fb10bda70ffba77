import { describe, expect, it } from 'vitest';
import { openPendingLink, PENDING_LINK_TTL_SECONDS, sealPendingLink } from './oidc-pending';

const SECRET = 'a-test-secret-that-is-long-enough-for-hkdf-0123456789';
const pending = { issuer: 'https://idp.example/realms/pobyt', subject: 'abc-123', userId: '0b5a3c1e-8f2d-4c57-9a1b-2d3e4f5a6b7c', email: 'anna@example.com' };

describe('pending link token', () => {
  it('round-trips and keeps the matched account unreadable', () => {
    const token = sealPendingLink(pending, SECRET);
    expect(openPendingLink(token, SECRET)).toEqual(pending);
    expect(Buffer.from(token, 'base64url').toString('latin1')).not.toContain('anna@example.com');
    expect(token).not.toContain(pending.userId);
  });

  it('refuses an altered token, another secret, garbage and nothing', () => {
    const token = sealPendingLink(pending, SECRET);
    const raw = Buffer.from(token, 'base64url');
    raw[raw.length - 1] = raw[raw.length - 1]! ^ 1;
    expect(openPendingLink(raw.toString('base64url'), SECRET)).toBeNull();
    expect(openPendingLink(token, `${SECRET}-other`)).toBeNull();
    expect(openPendingLink('not-a-token', SECRET)).toBeNull();
    expect(openPendingLink('', SECRET)).toBeNull();
    expect(openPendingLink(undefined, SECRET)).toBeNull();
  });

  it('expires after its time to live', () => {
    const t0 = Date.UTC(2026, 0, 5, 10, 0, 0);
    const token = sealPendingLink(pending, SECRET, t0);
    expect(openPendingLink(token, SECRET, t0 + (PENDING_LINK_TTL_SECONDS - 1) * 1000)).toEqual(pending);
    expect(openPendingLink(token, SECRET, t0 + PENDING_LINK_TTL_SECONDS * 1000)).toBeNull();
  });
});
