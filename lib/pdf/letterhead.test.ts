import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { renderFirstLetter } from '@/lib/cases/first-letter';

async function letterText() {
  const pdf = await renderFirstLetter({ number: 'WSC-2026-004211', password: 'K7MQ-XQ9P-3HTR', locale: 'ru', issuedAt: new Date('2026-11-23T10:00:00Z'), reissue: false });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'letterhead-')), 'l.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

afterEach(() => {
  vi.unstubAllEnvs();
  resetConfigForTests();
});

describe("the first letter's letterhead", () => {
  it('shows the demo office (Wrocław) by default', async () => {
    resetConfigForTests();
    const text = await letterText();
    expect(text).toContain('pl. Powstańców Warszawy 1, 50-153 Wrocław');
    expect(text).toContain('+48 71 340 63 09');
    expect(text).toContain('http://localhost:3000/ru/case/sign-in');
    expect(text).toMatch(/Wrocław, 23 listopada 2026/);
  });

  it("shows another office's name, address, phone and portal address from the configuration", async () => {
    vi.stubEnv('OFFICE_NAME', 'Mazowiecki Urząd Wojewódzki w Warszawie');
    vi.stubEnv('OFFICE_ADDRESS', 'ul. Marszałkowska 3/5, 00-624 Warszawa');
    vi.stubEnv('OFFICE_PHONE', '+48 22 695 69 00');
    vi.stubEnv('OFFICE_CITY', 'Warszawa');
    vi.stubEnv('APP_URL', 'https://pobyt.mazowieckie.example');
    vi.stubEnv('NEXTAUTH_URL', 'https://pobyt.mazowieckie.example');
    resetConfigForTests();
    const text = await letterText();
    expect(text).toContain('Mazowiecki Urząd Wojewódzki w Warszawie');
    expect(text).toContain('ul. Marszałkowska 3/5, 00-624 Warszawa');
    expect(text).toContain('+48 22 695 69 00');
    expect(text).toContain('https://pobyt.mazowieckie.example/ru/case/sign-in');
    expect(text).not.toContain('Powstańców');
    expect(text).not.toContain('340 63 09');
    // Dated where the office is.
    expect(text).toMatch(/Warszawa, 23 listopada 2026/);
    expect(text).not.toContain('Wrocław');
  });
});
