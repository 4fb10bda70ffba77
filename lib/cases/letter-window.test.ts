import { describe, expect, it } from 'vitest';
import { LETTER_WINDOW_SECONDS, openLetterWindow, sealLetterWindow } from './letter-window';

const SECRET = 'test-secret-for-the-letter-window-0123456789';
const w = { caseId: '11111111-1111-4111-8111-111111111111', staffId: '22222222-2222-4222-8222-222222222222', password: 'ABCD-EFGH-JKLM' };

describe('the window for printing the first letter again', () => {
  it('opens for its own case and staff member until it ends, then never', () => {
    const now = Date.now();
    const token = sealLetterWindow(w, SECRET, now);
    expect(token).not.toContain('ABCD');
    expect(openLetterWindow(token, SECRET, now + 60_000)).toMatchObject(w);
    expect(openLetterWindow(token, SECRET, now + (LETTER_WINDOW_SECONDS + 1) * 1000)).toBeNull();
  });

  it('refuses an altered token and one sealed with another secret', () => {
    const token = sealLetterWindow(w, SECRET);
    expect(openLetterWindow(`${token.slice(0, -3)}abc`, SECRET)).toBeNull();
    expect(openLetterWindow(token, `${SECRET}-other`)).toBeNull();
  });
});
