import { describe, expect, it } from 'vitest';
import { formTester } from '../fixtures/tester';
import { form08Fixture } from '../fixtures/form-08';
import { form08 } from './form-08';

const TODAY = '2026-11-23';
const { schema, withSection, issuesOf } = formTester(form08, form08Fixture, TODAY);

describe('form 8 (work permit type A)', () => {
  it('is filed by the employer and reuses the shared groups', () => {
    expect(form08.filedBy).toBe('employer');
    expect(form08.guide).toBe('forms/8');
    expect(form08.sections.map((s) => s.id)).toEqual(['employer', 'foreigner', 'document', 'position', 'period', 'statements']);
  });

  it('accepts the complete valid fixture', () => {
    const result = schema.safeParse(form08Fixture);
    expect(result.error?.issues).toBeUndefined();
    expect(result.success).toBe(true);
  });

  it('accepts an empty justification', () => {
    expect(schema.safeParse(withSection('period', { justification: '' })).success).toBe(true);
  });

  it('rejects a NIP with a wrong check digit', () => {
    expect(issuesOf(withSection('employer', { nip: '8992073414' }))).toEqual([
      { path: ['employer', 'nip'], message: 'nip_checksum', code: 'custom' },
    ]);
  });

  it('rejects a passport that has expired', () => {
    expect(issuesOf(withSection('document', { expiryDate: '2026-11-23' }))).toEqual([
      { path: ['document', 'expiryDate'], message: 'passport_expired', code: 'custom' },
    ]);
  });

  it('requires the end of the permit period', () => {
    expect(issuesOf(withSection('period', { to: '' }))).toEqual([{ path: ['period', 'to'], message: 'required', code: 'custom' }]);
  });

  it('rejects a permit period that ends before it starts', () => {
    expect(issuesOf(withSection('period', { from: '2027-02-01', to: '2027-01-31' }))).toEqual([
      { path: ['period', 'to'], message: 'contract_end_before_start', code: 'custom' },
    ]);
  });

  it('rejects a contract that ends before it starts', () => {
    expect(issuesOf(withSection('position', { end: '2027-02-01' }))).toEqual([
      { path: ['position', 'end'], message: 'contract_end_before_start', code: 'custom' },
    ]);
  });

  it('requires the foreigner citizenship', () => {
    expect(issuesOf(withSection('foreigner', { citizenship: undefined }))).toEqual([
      { path: ['foreigner', 'citizenship'], message: 'required', code: 'custom' },
    ]);
  });

  it('has no passport number in the foreigner section (it is asked in the document section)', () => {
    expect(issuesOf(withSection('foreigner', { documentNumber: 'AV482913' }))).toEqual([
      expect.objectContaining({ path: ['foreigner'], code: 'unrecognized_keys' }),
    ]);
  });
});
