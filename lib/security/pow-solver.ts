/**
 * The client half of the proof-of-work challenge (the ALTCHA scheme): find the
 * number n ≤ maxnumber for which SHA-256(salt + n) equals the challenge. The
 * server knows n in advance, so checking costs it one hash; finding it costs
 * the browser up to maxnumber hashes, which is nothing for one person and a
 * real cost for a bot booking hundreds of visits.
 */
export type Challenge = { algorithm: 'SHA-256'; challenge: string; salt: string; signature: string; maxnumber: number };
export type Solution = Omit<Challenge, 'maxnumber'> & { number: number };

const hex = (buf: ArrayBuffer) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');

export async function solveChallenge(c: Challenge, signal?: AbortSignal): Promise<string | null> {
  const enc = new TextEncoder();
  for (let n = 0; n <= c.maxnumber; n++) {
    if (signal?.aborted) return null;
    if (hex(await crypto.subtle.digest('SHA-256', enc.encode(c.salt + n))) === c.challenge) {
      const solution: Solution = { algorithm: c.algorithm, challenge: c.challenge, salt: c.salt, signature: c.signature, number: n };
      return btoa(JSON.stringify(solution));
    }
  }
  return null;
}
