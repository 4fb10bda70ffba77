import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFirstLetter } from './first-letter';

function pdfText(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'letter-')), 'letter.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('first letter PDF', () => {
  it('holds the case number, the password, the portal address and the not-a-summons statement, with Polish and Cyrillic letters', async () => {
    const pdf = await renderFirstLetter({ number: 'WSC-2026-004211', password: 'K7MQ-XQ9P-3HTR', locale: 'uk', issuedAt: new Date('2026-11-23T10:00:00Z'), reissue: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('WSC-2026-004211');
    expect(text).toContain('K7MQ-XQ9P-3HTR');
    expect(text).toContain('/uk/case/sign-in');
    expect(text).toContain('Dolnośląski Urząd Wojewódzki');
    expect(text).toMatch(/nie są wezwaniem/);
    expect(text).toMatch(/[іїєґ]/); // the Ukrainian part
  });
});
