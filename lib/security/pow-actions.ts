'use server';

import { createChallenge } from './pow';

/** A fresh challenge for the proof-of-work widget; anyone may ask. */
export async function newChallenge() {
  return createChallenge();
}
