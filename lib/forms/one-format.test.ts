import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createFormatter } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import { translatorFor } from '@/lib/i18n/translator';
import { TIME_ZONE } from '@/lib/time';
import { FORM_DEFINITIONS } from './definitions';
import { answerSections } from './engine/answers';
import { answerOrNotApplicable } from './engine/answer-text';
import { contentHash } from './engine/canonical';
import { form01Fixture } from './fixtures/form-01';
import { renderApplicationPdf } from './pdf';

// Check-your-answers reads the request's language through next-intl/server: here a Polish reader.
const reader = vi.hoisted(() => ({ locale: 'pl' as Locale }));
vi.mock('next-intl/server', () => ({
  getTranslations: async () => translatorFor(reader.locale),
  getFormatter: async () => createFormatter({ locale: reader.locale, timeZone: TIME_ZONE }),
}));
const { answerTextFormatter } = await import('@/components/forms/answer-text');

const def = FORM_DEFINITIONS.get(1)!;
const rows = answerSections(def, form01Fixture).flatMap((s) => s.rows);

async function pdfText() {
  const pdf = await renderApplicationPdf({ def, code: 'W-FMT1-TEST', version: 1, locale: 'uk', data: form01Fixture, contentHash: contentHash(1, form01Fixture) });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'one-format-')), 'a.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('one way to print a value: the printout, the clerk’s comparison view and check-your-answers agree', () => {
  it('a Polish reader’s check-your-answers reads exactly like the comparison view, row by row', async () => {
    reader.locale = 'pl';
    const check = await answerTextFormatter();
    const pl = translatorFor('pl') as unknown as (key: string) => string;
    for (const row of rows) expect([row.path, check.value(row)]).toEqual([row.path, answerOrNotApplicable(row, pl)]);
  });

  it('every value of the comparison view is on the printout, dates as DD.MM.YYYY and yes/no in one spelling', async () => {
    const text = await pdfText();
    const pl = translatorFor('pl') as unknown as (key: string) => string;
    for (const row of rows) {
      const value = answerOrNotApplicable(row, pl).replace(/\s+/g, ' ');
      expect(text, `${row.path} printed as on screen`).toContain(value);
    }
    const birth = rows.find((r) => r.path === 'personal.birthDate')!;
    expect(answerOrNotApplicable(birth, pl)).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(text).not.toMatch(/\bTAK\b|\bNIE\b/);
  });
});
