import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '@/i18n/routing';
import { translatorFor } from '@/lib/i18n/translator';
import { sampleReservation } from '@/lib/pdf/sample-documents';
import { placeLine, type ReservationDetails } from './details';
import { renderReservationPdf } from './pdf';

type Box = { xMin: number; yMin: number; xMax: number; yMax: number };
type Word = Box & { text: string };

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

async function render(r: ReservationDetails, locale: Locale) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reservation-pdf-'));
  const file = path.join(dir, 'r.pdf');
  fs.writeFileSync(file, await renderReservationPdf({ r, locale, bring: ['Paszport / паспорт'] }));
  return { dir, file };
}

/** Word boxes of page 1, in PDF points from the top left, as pdftotext sees them. */
function words(file: string) {
  const html = execFileSync('pdftotext', ['-bbox-layout', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
  const page = /<page width="([\d.]+)" height="([\d.]+)">/.exec(html)!;
  const list: Word[] = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: decode(m[5]!),
  }));
  return { width: Number(page[1]), height: Number(page[2]), list };
}

/** Where the QR code is drawn (found by decoding the rendered page, not by trusting the layout), in points. */
function qrBox(dir: string, file: string): (Box & { data: string }) | null {
  const dpi = 150;
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', file, path.join(dir, 'page')]);
  const png = PNG.sync.read(fs.readFileSync(path.join(dir, fs.readdirSync(dir).find((f) => f.endsWith('.png'))!)));
  const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!qr) return null;
  const corners = [qr.location.topLeftCorner, qr.location.topRightCorner, qr.location.bottomLeftCorner, qr.location.bottomRightCorner];
  const pt = (px: number) => (px * 72) / dpi;
  return {
    data: qr.data,
    xMin: pt(Math.min(...corners.map((c) => c.x))),
    xMax: pt(Math.max(...corners.map((c) => c.x))),
    yMin: pt(Math.min(...corners.map((c) => c.y))),
    yMax: pt(Math.max(...corners.map((c) => c.y))),
  };
}

const overlaps = (a: Box, b: Box) => a.xMin < b.xMax && b.xMin < a.xMax && a.yMin < b.yMax && b.yMin < a.yMax;
const PAGE_PADDING = 44;

describe('reservation confirmation layout', () => {
  // A long place name, as a real office has, in every language the visitor may choose.
  it.each(locales)('in %s shows the whole address and every word beside the QR code, none under it or outside the page frame', async (locale) => {
    const r = sampleReservation(locale);
    const { dir, file } = await render(r, locale);
    const { width, height, list } = words(file);
    const qr = qrBox(dir, file);
    expect(qr?.data).toBe(r.code);

    const inFrame = (w: Box) => w.xMin >= PAGE_PADDING - 0.5 && w.xMax <= width - PAGE_PADDING + 0.5 && w.yMin >= PAGE_PADDING - 0.5 && w.yMax <= height - PAGE_PADDING + 0.5;
    const bad = list.filter((w) => overlaps(w, qr!) || !inFrame(w)).map((w) => `${w.text} [${w.xMin.toFixed(0)}–${w.xMax.toFixed(0)}, ${w.yMin.toFixed(0)}–${w.yMax.toFixed(0)}]`);
    expect(bad, `QR at [${qr!.xMin.toFixed(0)}–${qr!.xMax.toFixed(0)}, ${qr!.yMin.toFixed(0)}–${qr!.yMax.toFixed(0)}], frame ${PAGE_PADDING}–${(width - PAGE_PADDING).toFixed(0)}`).toEqual([]);

    const texts = list.map((w) => w.text);
    const missing = placeLine(r)
      .split(/\s+/)
      .filter((token) => !texts.includes(token));
    expect(missing, `address words missing in ${locale}`).toEqual([]);

    // The hint belongs to the QR code: under it, within its column.
    const hint = translatorFor(locale)('reservations.pdf.qrHint').split(/\s+/);
    const column = { xMin: qr!.xMin - 12, xMax: width - PAGE_PADDING, yMin: qr!.yMax, yMax: qr!.yMax + 40 };
    const hintWords = list.filter((w) => w.xMin >= column.xMin && w.xMax <= column.xMax && w.yMin >= column.yMin && w.yMax <= column.yMax);
    expect(hintWords.map((w) => w.text)).toEqual(hint);

    // Room between the big code and the label under it.
    const code = list.find((w) => w.text === r.code)!;
    const next = list.filter((w) => w.yMin > code.yMin && w.xMin < qr!.xMin).sort((a, b) => a.yMin - b.yMin)[0]!;
    expect(next.yMin - code.yMax, `gap under the code before "${next.text}"`).toBeGreaterThanOrEqual(6);
  });
});
