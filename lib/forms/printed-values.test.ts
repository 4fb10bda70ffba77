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
import { contentHash } from './engine/canonical';
import { form01Fixture } from './fixtures/form-01';
import { renderApplicationPdf } from './pdf';

// Check-your-answers reads the request's language through next-intl/server; here the request is
// an applicant reading in `reader.locale`, with the real message files.
const reader = vi.hoisted(() => ({ locale: 'en' as Locale }));
vi.mock('next-intl/server', () => ({
  getTranslations: async () => translatorFor(reader.locale),
  getFormatter: async () => createFormatter({ locale: reader.locale, timeZone: TIME_ZONE }),
}));

const { answerTextFormatter } = await import('@/components/forms/answer-text');

const def = FORM_DEFINITIONS.get(1)!;

/** What check-your-answers shows for one answer, by its path (`personal.citizenship`). */
async function shown(locale: Locale, answerPath: string) {
  reader.locale = locale;
  const f = await answerTextFormatter();
  const row = answerSections(def, form01Fixture)
    .flatMap((s) => s.rows)
    .find((r) => r.path === answerPath)!;
  return f.value(row);
}

describe('values from lists: the applicant’s language on screen, Polish on paper', () => {
  it('stores codes, not names typed in one language', () => {
    expect(form01Fixture.personal!.citizenship).toBe('UA');
    expect(form01Fixture.addressPl!.voivodeship).toBe('dolnoslaskie');
  });

  it('check-your-answers shows the country, voivodeship and eye colour in the reader’s language', async () => {
    expect(await shown('en', 'personal.citizenship')).toBe('Ukraine');
    expect(await shown('en', 'trips.list.1.country')).toBe('Germany');
    expect(await shown('en', 'personal.eyeColour')).toBe('Hazel (light brown)');
    expect(await shown('en', 'addressPl.voivodeship')).toBe('dolnośląskie (Lower Silesian)');
    expect(await shown('uk', 'personal.citizenship')).toBe('Україна');
    expect(await shown('ru', 'family.members.0.kinship')).toBe('Муж');
    expect(await shown('pl', 'personal.citizenship')).toBe('Ukraina');
  });

  it('the PDF of an applicant reading English prints the Polish names', async () => {
    const pdf = await renderApplicationPdf({ def, code: 'W-VALS-TEST', version: 1, locale: 'en', data: form01Fixture, contentHash: contentHash(1, form01Fixture) });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'values-pdf-'));
    const file = path.join(dir, 'a.pdf');
    fs.writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    // Citizenship, country of birth, country of issue and the first trip: UA.
    expect(text).toContain('14. Obywatelstwo');
    expect(text.match(/Ukraina/g)?.length).toBeGreaterThanOrEqual(4);
    expect(text).toContain('Niemcy');
    expect(text).toContain('Polska');
    expect(text).toContain('dolnośląskie');
    expect(text).toContain('piwne');
    expect(text).toContain('mąż');
    expect(text).not.toMatch(/\bUkraine\b|\bGermany\b|Lower Silesian|Hazel|Husband/);
    // No code leaks onto the paper in place of a name.
    expect(text).not.toMatch(/\b(UA|DE|PL)\b/);
  });
});
