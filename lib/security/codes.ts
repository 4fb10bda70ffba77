import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L, 5/S, 2/Z, 8/B: codes are read off paper and typed by hand.
export const UNAMBIGUOUS = 'ACDEFGHJKMNPQRTUVWXY34679';

/** `length` random characters from the unambiguous alphabet (cryptographically random). */
export function randomCode(length: number): string {
  return Array.from({ length }, () => UNAMBIGUOUS[randomInt(UNAMBIGUOUS.length)]).join('');
}
