import { describe, expect, it } from 'vitest';
import { formTester } from '../fixtures/tester';
import { form12Fixture } from '../fixtures/form-12';
import { form12 } from './form-12';

const TODAY = '2026-11-23';
const { schema, withSection, issuesOf } = formTester(form12, form12Fixture, TODAY);

describe('form 12 (change of a temporary residence and work permit)', () => {
  it('is filed by the foreigner and reuses the shared groups', () => {
    expect(form12.filedBy).toBe('foreigner');
    expect(form12.guide).toBe('forms/12');
    expect(form12.sections.map((s) => s.id)).toEqual([
      'personal',
      'document',
      'addressPl',
      'currentPermit',
      'change',
      'employer',
      'position',
      'statements',
    ]);
  });

  it('accepts the complete valid fixture', () => {
    const result = schema.safeParse(form12Fixture);
    expect(result.error?.issues).toBeUndefined();
    expect(result.success).toBe(true);
  });

  it('accepts a permit without a residence card number', () => {
    expect(schema.safeParse(withSection('currentPermit', { cardNumber: '' })).success).toBe(true);
  });

  it('rejects a PESEL with a wrong check digit', () => {
    // The field rule and the section's pesel_matches check both report it; the summary shows it once.
    const unique = [...new Set(issuesOf(withSection('personal', { pesel: '90080513575' })).map((i) => JSON.stringify(i)))];
    expect(unique.map((i) => JSON.parse(i))).toEqual([{ path: ['personal', 'pesel'], message: 'pesel_checksum', code: 'custom' }]);
  });

  it('rejects a PESEL that does not match the sex', () => {
    expect(issuesOf(withSection('personal', { sex: 'female' }))).toEqual([
      { path: ['personal', 'pesel'], message: 'pesel_sex_mismatch', code: 'custom' },
    ]);
  });

  it('rejects a new employer NIP with a wrong check digit', () => {
    expect(issuesOf(withSection('employer', { nip: '8971836025' }))).toEqual([
      { path: ['employer', 'nip'], message: 'nip_checksum', code: 'custom' },
    ]);
  });

  it('requires the number of the current permit', () => {
    expect(issuesOf(withSection('currentPermit', { permitNumber: '' }))).toEqual([
      { path: ['currentPermit', 'permitNumber'], message: 'required', code: 'custom' },
    ]);
  });

  it('rejects a reason of change that is not an option', () => {
    expect(issuesOf(withSection('change', { reason: 'new_city' }))).toEqual([
      { path: ['change', 'reason'], message: 'choose_option', code: 'custom' },
    ]);
  });

  it('rejects a new contract that ends before it starts', () => {
    expect(issuesOf(withSection('position', { start: '2027-01-04', end: '2027-01-04' }))).toEqual([
      { path: ['position', 'end'], message: 'contract_end_before_start', code: 'custom' },
    ]);
  });

  it('refuses an unknown field in a section', () => {
    expect(issuesOf(withSection('change', { newEmployerName: 'Trans-Oława sp. z o.o.' }))).toEqual([
      expect.objectContaining({ path: ['change'], code: 'unrecognized_keys' }),
    ]);
  });
});
