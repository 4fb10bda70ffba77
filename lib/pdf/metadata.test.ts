import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '@/i18n/routing';
import { FORM_DEFINITIONS } from '@/lib/forms/definitions';
import { sampleDocuments } from './sample-documents';

/**
 * Every printed document names itself and its language (PDF /Title and /Lang), so a
 * screen reader reads it in the right language and a viewer shows a title, not a file name.
 */
const all = sampleDocuments();
// Each form once, in a rotating locale; the reservation confirmation and the letter in every locale.
const picked = [
  ...[...FORM_DEFINITIONS.keys()].map((n) => `form-${n}-${locales[n % locales.length]}`),
  ...locales.flatMap((l) => [`reservation-${l}`, `letter-${l}`]),
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const expected: Record<string, { title: RegExp; language: string }> = Object.fromEntries([
  ...[...FORM_DEFINITIONS.values()].flatMap((def) => locales.map((l) => [`form-${def.number}-${l}`, { title: new RegExp(`^${escape(def.officialName)} – W-7K3F-9Q2M v1$`), language: 'pl' }])),
  ['reservation-pl', { title: /^Potwierdzenie rezerwacji wizyty K7M2QX$/, language: 'pl' }],
  ['reservation-en', { title: /^Visit booking confirmation K7M2QX$/, language: 'en' }],
  ['reservation-ru', { title: /^Подтверждение записи на визит K7M2QX$/, language: 'ru' }],
  ['reservation-uk', { title: /^Підтвердження запису на візит K7M2QX$/, language: 'uk' }],
  // The letter is a Polish letter with the visitor's language below.
  ...locales.map((l) => [`letter-${l}`, { title: /^Informacja o dostępie do portalu Pobyt WSC-2026-004211$/, language: 'pl' }]),
]);

describe('PDF metadata', () => {
  it.each(picked)('%s has its title and its language', async (id) => {
    const pdf = await all.find((d) => d.id === id)!.render();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-meta-')), 'd.pdf');
    fs.writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const title = /^Title:\s+(.*)$/m.exec(info)?.[1]?.trim();
    expect(title).toMatch(expected[id]!.title);
    // pdfinfo does not print /Lang; pdfkit writes the catalog uncompressed.
    expect(pdf.toString('latin1').match(/\/Lang \(([^)]*)\)/)?.[1]).toBe(expected[id]!.language);
  });
});
