import { z } from '@/lib/zod';
import {
  isIsoDate,
  normalizeDateInput,
  normalizePassportNumber,
  validateBirthDate,
  validateContractPeriod,
  validateDateComplete,
  validateDocumentDates,
  validateEmail,
  validateIsoDate,
  validateKrs,
  validateLatinName,
  validateNip,
  validatePassportNumber,
  validatePassportValid,
  validatePesel,
  validatePhone,
  validatePostalCode,
  validateRegon,
  validateStaysAbroad,
  type ValidationIssue,
} from '@/lib/forms/validators';
import { encodeMessage } from '@/lib/errors/message';
import { conditionHolds } from './conditions';
import { isRepeat, type FieldDef, type FormDefinition, type SectionDef } from './types';

/** A zod message is a translation key, with parameters after a colon: `stays_overlap:{"other":1}`. */
export const issueMessage = (i: ValidationIssue) => encodeMessage(i);

function validateValue(field: FieldDef, value: string, today: string): ValidationIssue | null {
  switch (field.type) {
    case 'date': {
      const incomplete = validateDateComplete(value);
      if (incomplete) return incomplete;
      if (field.dateRule === 'birth') return validateBirthDate(value, today);
      const invalid = validateIsoDate(value);
      if (invalid) return invalid;
      if (field.dateRule === 'document_expiry') return validatePassportValid(value, today);
      if (field.dateRule === 'past' && value > today) return { code: 'date_in_future' };
      if (field.dateRule === 'future' && value <= today) return { code: 'date_not_future' };
      return null;
    }
    case 'email':
      return validateEmail(value);
    case 'phone':
      return validatePhone(value);
    case 'pesel':
      return validatePesel(value);
    case 'postal_code':
      return validatePostalCode(value);
    case 'passport_number':
      return validatePassportNumber(value);
    case 'nip':
      return validateNip(value);
    case 'regon':
      return validateRegon(value);
    case 'krs':
      return validateKrs(value);
    case 'latin_name':
      return validateLatinName(value);
    case 'integer':
      return /^\d{1,9}$/.test(value) ? null : { code: 'number_format' };
    case 'money':
      return /^\d{1,9}([.,]\d{1,2})?$/.test(value) ? null : { code: 'money_format' };
    case 'select':
    case 'radio':
      return field.options?.includes(value) ? null : { code: 'choose_option' };
    default:
      return null;
  }
}

const TEXT_MAX = 200;
const TEXTAREA_MAX = 4000;


// An unselected radio group arrives as null from the browser form library: it means "not answered",
// like an empty text field, and is reported as "required" by checkFields, never as a type error.
const notAnswered = (v: unknown) => (v === null ? undefined : v);

// What is stored, in drafts too: a passport number without its spaces and in capitals (as the
// registers hold it), a date as YYYY-MM-DD (the day / month / year inputs give "2007-3-27").
function normalised(f: FieldDef, v: unknown): unknown {
  if (typeof v !== 'string') return notAnswered(v);
  if (f.type === 'passport_number') return normalizePassportNumber(v);
  if (f.type === 'date') return normalizeDateInput(v);
  return v;
}

function fieldShape(f: FieldDef) {
  if (f.type === 'checkbox') return z.preprocess(notAnswered, z.boolean('invalid').optional());
  return z.preprocess((v) => normalised(f, v), z.string('invalid').max(f.type === 'textarea' ? TEXTAREA_MAX : (f.maxLength ?? TEXT_MAX), 'too_long').optional());
}

type Ctx = z.RefinementCtx;

function checkFields(fields: readonly FieldDef[], values: Record<string, unknown>, path: (string | number)[], today: string, ctx: Ctx) {
  for (const f of fields) {
    if (!conditionHolds(f.showIf, values)) continue;
    const v = values[f.name];
    if (f.type === 'checkbox') {
      if (f.required && v !== true) ctx.addIssue({ code: 'custom', path: [...path, f.name], message: 'required' });
      continue;
    }
    const s = typeof v === 'string' ? v.trim() : '';
    if (!s) {
      if (f.required) ctx.addIssue({ code: 'custom', path: [...path, f.name], message: 'required' });
      continue;
    }
    const problem = validateValue(f, s, today);
    if (problem) ctx.addIssue({ code: 'custom', path: [...path, f.name], message: issueMessage(problem) });
  }
}

/**
 * What a section may hold at all: its own fields, each of its kind and size, nothing else. A draft
 * saved "as it is" is checked against this only; the rules below apply at "continue" and at submit.
 */
export function sectionShape(section: SectionDef) {
  const shape: Record<string, z.ZodType> = {};
  for (const f of section.fields) {
    if (isRepeat(f)) {
      const item = z.strictObject(Object.fromEntries(f.fields.map((x) => [x.name, fieldShape(x)])));
      shape[f.name] = z.array(item).max(f.max, 'too_many').optional();
    } else {
      shape[f.name] = fieldShape(f);
    }
  }
  return z.strictObject(shape);
}

/** The zod schema of one section, with its conditional fields, repeats and cross-field checks. */
export function sectionSchema(section: SectionDef, today: string) {
  return sectionShape(section).superRefine((values, ctx) => {
    const plain = values.valueOf() as Record<string, unknown>;
    checkFields(section.fields.filter((f): f is FieldDef => !isRepeat(f)), plain, [], today, ctx);
    for (const r of section.fields.filter(isRepeat)) {
      if (!conditionHolds(r.showIf, plain)) continue;
      const items = (plain[r.name] as Record<string, unknown>[] | undefined) ?? [];
      items.forEach((item, i) => checkFields(r.fields, item, [r.name, i], today, ctx));
      if (r.check === 'stays_abroad') {
        const stays = items.map((it) => ({ from: String(it.from ?? ''), to: String(it.to ?? '') }));
        for (const s of validateStaysAbroad(stays, today)) {
          ctx.addIssue({ code: 'custom', path: [r.name, s.index, s.field], message: issueMessage(s.issue) });
        }
      }
    }
    for (const check of section.checks ?? []) {
      const str = (k: string) => (typeof plain[k] === 'string' ? (plain[k] as string).trim() : '');
      // Dates that are not real dates are reported by their own fields; compare only real ones.
      if (check.kind === 'document_dates' && isIsoDate(str(check.issue)) && isIsoDate(str(check.expiry))) {
        const p = validateDocumentDates({ issueDate: str(check.issue), expiryDate: str(check.expiry) }, today);
        if (p) ctx.addIssue({ code: 'custom', path: [p.code === 'issue_date_future' ? check.issue : check.expiry], message: issueMessage(p) });
      }
      // A PESEL that is wrong on its own is already reported by its field; compare only a valid one.
      if (check.kind === 'pesel_matches' && str(check.pesel) && !validatePesel(str(check.pesel))) {
        const sex = str(check.sex);
        const p = validatePesel(str(check.pesel), { birthDate: isIsoDate(str(check.birthDate)) ? str(check.birthDate) : undefined, sex: sex === 'female' || sex === 'male' ? sex : undefined });
        if (p) ctx.addIssue({ code: 'custom', path: [check.pesel], message: issueMessage(p) });
      }
      if (check.kind === 'date_range' && str(check.start) && str(check.end) && !validateIsoDate(str(check.start)) && !validateIsoDate(str(check.end)) && str(check.end) < str(check.start)) {
        ctx.addIssue({ code: 'custom', path: [check.end], message: 'date_range_order' });
      }
      if (check.kind === 'contract_period' && str(check.start)) {
        const p = validateContractPeriod({ start: str(check.start), end: str(check.end) || null });
        // Malformed dates are reported by their own fields.
        if (p && p.code !== 'date_invalid') ctx.addIssue({ code: 'custom', path: [check.end], message: issueMessage(p) });
      }
    }
  });
}

/** The whole form: every section must be present and valid. Unknown sections are refused. */
export function formSchema(def: FormDefinition, today: string) {
  return z.strictObject(Object.fromEntries(def.sections.map((s) => [s.id, sectionSchema(s, today)])));
}

