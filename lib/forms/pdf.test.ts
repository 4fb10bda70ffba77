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
import type { FormData } from './engine/types';

function write(pdf: Buffer) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'app-pdf-'));
  const file = path.join(dir, 'a.pdf');
  fs.writeFileSync(file, pdf);
  return { dir, file };
}

const pagesText = (file: string, mode = '-layout') => execFileSync('pdftotext', [mode, file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());

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

describe('the PDF of each of the 12 fixtures', () => {
  const fixtures = import.meta.glob('./fixtures/form-*.ts', { eager: true }) as Record<string, Record<string, unknown>>;

  it.each([...FORM_DEFINITIONS.keys()])('form %i prints every typed answer, Polish and Cyrillic text, and the code on every page', async (n) => {
    const def = FORM_DEFINITIONS.get(n)!;
    const mod = fixtures[`./fixtures/form-${String(n).padStart(2, '0')}.ts`]!;
    const fixture = Object.values(mod)[0] as FormData;
    // A free-text answer with Polish and Cyrillic letters in the first section.
    const first = def.sections[0]!;
    const textField = first.fields.find((f) => f.type === 'text' && !f.showIf);
    const data: FormData = textField ? { ...fixture, [first.id]: { ...fixture[first.id], [textField.name]: 'Żółć Київ Щука' } } : fixture;
    const pdf = await renderApplicationPdf({ def, code: 'W-PDF4-TEST', version: 1, locale: 'ru', data, contentHash: contentHash(n, data) });
    const { file } = write(pdf);
    // Reading order, so that a long answer wrapped over lines stays together.
    const pages = pagesText(file, '-raw');
    for (const page of pages) expect(page).toContain('W-PDF4-TEST');
    const flat = pages.join('\n').replace(/\s+/g, ' ');
    if (textField) expect(flat).toContain('Żółć Київ Щука');
    for (const s of def.sections) {
      for (const f of s.fields) {
        const v = (data[s.id] as Record<string, unknown> | undefined)?.[f.name];
        if (f.type === 'text' && typeof v === 'string' && v.trim() && !('showIf' in f && f.showIf)) expect(flat, `${s.id}.${f.name}`).toContain(v.trim().replace(/\s+/g, ' '));
      }
    }
  });
});
