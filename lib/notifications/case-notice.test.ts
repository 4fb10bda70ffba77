import { describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';
import { formatCaseNumber, generateCasePassword } from '@/lib/cases/credentials';
import { caseNoticeText, type CaseNoticeKind } from './case-notice';

const KINDS: CaseNoticeKind[] = ['stage_changed', 'missing_document', 'message', 'case_updated'];
const NAMES = ['Olena Kovalenko', 'Иван Петров', 'Aliaksandr Łukaszenka', 'María José García', 'Nguyễn Văn An'];

describe('case notices carry no personal data', () => {
  it('holds no digits at all, so no part of any case number, and points to the portal', () => {
    for (const locale of routing.locales) {
      for (const kind of KINDS) {
        const { subject, text } = caseNoticeText(kind, locale, 'https://pobyt.duw.example');
        expect(`${subject} ${text}`).not.toMatch(/\d/);
        expect(text).toContain(`https://pobyt.duw.example/${locale}/case`);
      }
    }
  });

  it('never contains a case number, password or name, for many random cases', () => {
    const texts = routing.locales.flatMap((l) => KINDS.map((k) => Object.values(caseNoticeText(k, l, 'https://pobyt.duw.example')).join(' ')));
    for (let i = 0; i < 500; i++) {
      const number = formatCaseNumber('WSC', 2020 + (i % 10), Math.floor(Math.random() * 999_999) + 1);
      const password = generateCasePassword();
      const name = NAMES[i % NAMES.length]!;
      for (const text of texts) {
        expect(text).not.toContain(number);
        expect(text).not.toContain(number.split('-')[2]);
        expect(text).not.toContain(password);
        expect(text).not.toContain(name);
      }
    }
  });

  it('never asks for a payment', () => {
    for (const locale of routing.locales) {
      for (const kind of KINDS) {
        expect(caseNoticeText(kind, locale, 'https://x.example').text).not.toMatch(/zł|PLN|opłat|zapłać|pay|оплат|платі|плат[иі]/i);
      }
    }
  });
});
