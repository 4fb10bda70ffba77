import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORM_DEFINITIONS } from './definitions';
import { answerSections } from './engine/answers';
import { contentHash } from './engine/canonical';
import { form01Fixture } from './fixtures/form-01';
import { printedPages, renderApplicationPdf } from './pdf';

describe('the comparison view knows where the printout turns a page', () => {
  it('each page of the PDF begins with the row the page map says starts it', async () => {
    const def = FORM_DEFINITIONS.get(1)!;
    const input = { def, code: 'W-PAGE-TEST', version: 1, locale: 'uk' as const, data: form01Fixture, contentHash: contentHash(1, form01Fixture) };
    const pages = await printedPages(input);
    const rows = answerSections(def, form01Fixture).flatMap((s) => s.rows);
    const starts = rows.filter((r, i) => i > 0 && pages.get(r.path) !== pages.get(rows[i - 1]!.path));
    expect(starts.length).toBeGreaterThanOrEqual(1);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pages-')), 'a.pdf');
    fs.writeFileSync(file, await renderApplicationPdf(input));
    for (const row of starts) {
      const page = pages.get(row.path)!;
      const label = `${row.field.officialLabel}${row.item ? ` (${row.item})` : ''}`;
      const text = (p: number) => execFileSync('pdftotext', ['-raw', '-f', String(p), '-l', String(p), file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text(page), `${row.path} is on page ${page}`).toContain(label);
      // …and it is the first answer there: the previous row ended the page before.
      const previous = rows[rows.indexOf(row) - 1]!;
      expect(text(page - 1), `${previous.path} is on page ${page - 1}`).toContain(`${previous.field.officialLabel}${previous.item ? ` (${previous.item})` : ''}`);
    }
  });
});
