import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('register CSV', () => {
  it('starts with a UTF-8 byte-order mark and quotes every field (RFC 4180)', () => {
    const csv = toCsv([
      ['Numer', 'Treść'],
      ['Z-2026-000001', 'Skarga na „długi” czas, "cytat", przecinek\ni nowa linia: żółć'],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFF"Numer","Treść"\r\n"Z-2026-000001","Skarga na „długi” czas, ""cytat"", przecinek\ni nowa linia: żółć"\r\n');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('keeps spreadsheet formulas from running (CSV injection)', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+48 600')).toBe('"\'+48 600"');
    expect(csvField('-1')).toBe('"\'-1"');
    expect(csvField('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvField(null)).toBe('""');
    expect(csvField('2026-04-10')).toBe('"2026-04-10"');
  });
});
