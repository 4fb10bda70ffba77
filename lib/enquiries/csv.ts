/**
 * CSV as Excel opens it: a UTF-8 byte-order mark (or Polish letters turn to
 * mojibake), CRLF line ends, every field quoted with inner quotes doubled
 * (RFC 4180). A field starting with = + - @ or a tab/CR is prefixed with an
 * apostrophe so a spreadsheet shows it as text instead of running it as a
 * formula (OWASP "CSV injection").
 */
export function csvField(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
