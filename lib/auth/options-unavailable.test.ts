import { afterEach, describe, expect, it, vi } from 'vitest';

// A database that fails like Drizzle does: the query and its params (the e-mail) in the message.
vi.mock('@/db/client', () => ({
  getDb: async () => {
    const e = new Error('Failed query: select * from accounts where email = $1\nparams: anna.ohotnikova@example.com');
    Object.assign(e, { params: ['anna.ohotnikova@example.com'], query: 'select' });
    throw e;
  },
}));

const { authOptions } = await import('./options');

type Authorize = (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const authorizeOf = (id: string) =>
  ((authOptions.providers.find((p) => ((p as unknown as { options?: { id?: string } }).options?.id ?? p.id) === id) as unknown as { options: { authorize: Authorize } }).options.authorize);

describe('sign-in when the database fails', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['credentials', { email: 'anna.ohotnikova@example.com', password: 'a long enough password' }],
    ['case', { number: 'WSC-2026-004211', password: 'K7MQ-XQ9P-3HTR' }],
  ])('%s: the browser gets the generic code and the log line no parameter', async (id, credentials) => {
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => (lines.push(String(c)), true));
    await expect(authorizeOf(id)(credentials, { headers: {} })).rejects.toThrow(/^unavailable$/);
    expect(lines.join('')).toContain('sign-in failed'.slice(1));
    expect(lines.join('')).not.toContain('ohotnikova');
    expect(lines.join('')).not.toMatch(/params/i);
  });
});
