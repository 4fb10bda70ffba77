import { describe, expect, it } from 'vitest';
import { validateEmail } from './email';

describe('validateEmail', () => {
  it.each([
    'jan.kowalski@example.pl',
    'o.petrenko+pobyt@mail.com.ua',
    'a@b.co',
    ' anna@uw.edu.pl ',
    'żółw@przykład.pl',
    `${'a'.repeat(64)}@${'b'.repeat(180)}.pl`, // 248 characters
  ])('accepts %j', (email) => {
    expect(validateEmail(email)).toBeNull();
  });

  it.each([
    '',
    'jan.kowalski',
    'jan.kowalski@',
    '@example.pl',
    'jan@@example.pl',
    'jan@kowalski@example.pl',
    'jan kowalski@example.pl',
    'jan@example',
    'jan@.example.pl',
    'jan@example.pl.',
    'jan@example..pl',
    'jan@exa mple.pl',
    // The local part as mail servers take it: no dot at either end, no two in a row, no control characters.
    '.jan@example.pl',
    'jan.@example.pl',
    'jan..kowalski@example.pl',
    'jan\u0000@example.pl',
    'jan\u0007kowalski@example.pl',
    'jan\rkowalski@example.pl',
    'jan@exam\u007fple.pl',
  ])('rejects %j with email_format', (email) => {
    expect(validateEmail(email)).toEqual({ code: 'email_format' });
  });

  it('rejects a local part over 64 characters', () => {
    expect(validateEmail(`${'a'.repeat(64)}@example.pl`)).toBeNull();
    expect(validateEmail(`${'a'.repeat(65)}@example.pl`)).toEqual({ code: 'email_local_too_long', params: { max: 64 } });
  });

  it('rejects addresses longer than 254 characters', () => {
    const ok = `${'a'.repeat(64)}@${'b'.repeat(186)}.pl`;
    expect(ok).toHaveLength(254);
    expect(validateEmail(ok)).toBeNull();
    expect(validateEmail(`a${ok}`)).toEqual({ code: 'email_too_long', params: { max: 254 } });
  });
});
