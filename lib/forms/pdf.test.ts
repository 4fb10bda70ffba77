import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { FORM_DEFINITIONS } from './definitions';
import { contentHash } from './engine/canonical';
import { comparisonUrl, renderApplicationPdf } from './pdf';
import { form01Fixture } from './fixtures/form-01';

function write(pdf: Buffer) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'app-pdf-'));
  const file = path.join(dir, 'a.pdf');
  fs.writeFileSync(file, pdf);
  return { dir, file };
}

const pagesText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());

describe('application PDF', () => {
  it('prints the answers with Polish and Cyrillic letters, the code on every page, and a QR code that names the comparison view', async () => {
    const def = FORM_DEFINITIONS.get(1)!;
    const pdf = await renderApplicationPdf({ def, code: 'W-7K3F-9Q2M', version: 2, locale: 'uk', data: form01Fixture, contentHash: contentHash(1, form01Fixture) });
    const { dir, file } = write(pdf);
    const pages = pagesText(file);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('W-7K3F-9Q2M');
    const text = pages.join('\n');
    expect(text).toContain('KOVALENKO');
    expect(text).toContain('Київ');
    expect(text).toContain('ul. Źródlana');
    expect(text).toContain('Державна міграційна служба');
    expect(text).toContain('1. Nazwisko'); // the official Polish label
    expect(text).toContain('Прізвище'); // the applicant's language under it
    expect(text).toContain('nie dotyczy'); // an empty field
    expect(text).toMatch(/Podpis wnioskodawcy/);

    execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', file, path.join(dir, 'page')]);
    const png = PNG.sync.read(fs.readFileSync(path.join(dir, fs.readdirSync(dir).find((f) => f.endsWith('.png'))!)));
    const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(qr?.data).toBe(comparisonUrl('W-7K3F-9Q2M', 2));
    expect(qr?.data).toMatch(/\/staff\/compare\/W-7K3F-9Q2M\/2$/);
  });

  it('survives very long text, emoji and right-to-left characters', async () => {
    const def = FORM_DEFINITIONS.get(1)!;
    const data = { ...form01Fixture, background: { ...form01Fixture.background, details: `${'Bardzo długie wyjaśnienie '.repeat(150)} 😀🇺🇦 مرحبا بالعالم` } };
    const pdf = await renderApplicationPdf({ def, code: 'W-AAAA-CCCC', version: 1, locale: 'pl', data, contentHash: contentHash(1, data) });
    const { file } = write(pdf);
    const text = pagesText(file).join('\n');
    expect(text).toContain('Bardzo długie wyjaśnienie');
  });
});
