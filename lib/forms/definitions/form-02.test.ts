import { describe, expect, it } from 'vitest';
import { formTester } from '../fixtures/tester';
import { form02Fixture } from '../fixtures/form-02';
import { form02 } from './form-02';

const TODAY = '2026-11-23';
const { schema, withSection, issuesOf } = formTester(form02, form02Fixture, TODAY);

describe('form 2 (employer annex)', () => {
  it('is filed by the employer and reuses the shared groups', () => {
    expect(form02.filedBy).toBe('employer');
    expect(form02.guide).toBe('forms/2');
    expect(form02.sections.map((s) => s.id)).toEqual(['employer', 'foreigner', 'position', 'statements']);
  });

  it('accepts the complete valid fixture', () => {
    const result = schema.safeParse(form02Fixture);
    expect(result.error?.issues).toBeUndefined();
    expect(result.success).toBe(true);
  });

  it('accepts the annex without the application code', () => {
    expect(schema.safeParse(withSection('foreigner', { applicationCode: '' })).success).toBe(true);
  });

  it('rejects a NIP with a wrong check digit', () => {
    expect(issuesOf(withSection('employer', { nip: '8943021759' }))).toEqual([
      { path: ['employer', 'nip'], message: 'nip_checksum', code: 'custom' },
    ]);
  });

  it('rejects a REGON with a wrong check digit', () => {
    expect(issuesOf(withSection('employer', { regon: '021537466' }))).toEqual([
      { path: ['employer', 'regon'], message: 'regon_checksum', code: 'custom' },
    ]);
  });

  it('requires the foreigner surname', () => {
    expect(issuesOf(withSection('foreigner', { surname: '  ' }))).toEqual([
      { path: ['foreigner', 'surname'], message: 'required', code: 'custom' },
    ]);
  });

  it('rejects a surname in Cyrillic and a travel document number with other signs than letters and digits', () => {
    expect(issuesOf(withSection('foreigner', { surname: 'Коваленко', documentNumber: 'FA-123456' }))).toEqual([
      { path: ['foreigner', 'surname'], message: 'name_latin', code: 'custom' },
      { path: ['foreigner', 'documentNumber'], message: 'passport_format', code: 'custom' },
    ]);
  });

  it('takes a travel document number typed with spaces, and keeps it without them, in capitals', () => {
    const parsed = schema.parse(withSection('foreigner', { documentNumber: ' fa 123 456 ' })) as Record<string, Record<string, unknown>>;
    expect(parsed.foreigner!.documentNumber).toBe('FA123456');
  });

  it('rejects a birth date after today', () => {
    expect(issuesOf(withSection('foreigner', { birthDate: '2026-11-24' }))).toEqual([
      { path: ['foreigner', 'birthDate'], message: 'birth_date_future', code: 'custom' },
    ]);
  });

  it('rejects a contract that ends before it starts', () => {
    expect(issuesOf(withSection('position', { start: '2027-01-04', end: '2026-12-31' }))).toEqual([
      { path: ['position', 'end'], message: 'contract_end_before_start', code: 'custom' },
    ]);
  });

  it('requires both statements', () => {
    expect(issuesOf(withSection('statements', { informed: false }))).toEqual([
      { path: ['statements', 'informed'], message: 'required', code: 'custom' },
    ]);
  });

  it('refuses an unknown field in a section', () => {
    expect(issuesOf(withSection('foreigner', { passportNumber: 'FA123456' }))).toEqual([
      expect.objectContaining({ path: ['foreigner'], code: 'unrecognized_keys' }),
    ]);
  });

  it('refuses a missing section', () => {
    const rest = structuredClone(form02Fixture);
    delete rest.position;
    expect(issuesOf(rest)).toEqual([expect.objectContaining({ path: ['position'] })]);
  });
});
