import 'server-only';
import type { DbOrTx } from '@/db/client';
import { listOwnApplications } from '@/lib/forms/applications';

export type VisitorPrefill = { code: string | null; formNumber: number; givenName: string; familyName: string; birthDate: string; passportNumber: string };

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/**
 * The visitor's data from the account's latest application that holds them (personal data part A
 * and the travel document), offered on the booking form so they need not be typed twice. Only the
 * owner's own applications are read; the person chooses whether to use them.
 */
export async function visitorPrefill(db: DbOrTx, ownerId: string): Promise<VisitorPrefill | null> {
  for (const app of await listOwnApplications(db, ownerId)) {
    const personal = app.data.personal ?? {};
    const document = app.data.document ?? {};
    const prefill = {
      code: app.code,
      formNumber: app.formNumber,
      givenName: str(personal.givenNames).toUpperCase(),
      familyName: str(personal.surname).toUpperCase(),
      birthDate: /^\d{4}-\d{2}-\d{2}$/.test(str(personal.birthDate)) ? str(personal.birthDate) : '',
      passportNumber: str(document.number).replace(/\s+/g, '').toUpperCase(),
    };
    if (prefill.givenName && prefill.familyName) return prefill;
  }
  return null;
}
