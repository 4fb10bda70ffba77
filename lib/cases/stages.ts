/**
 * The stages a case can be in: one list read by the public stages page, the
 * case holder's timeline and the clerk's stage select. Names and plain-language
 * explanations are in messages under `stages.<code>`.
 */
export const STAGES = [
  'registered',
  'formal_check',
  'summons_formal_defects',
  'summons_fee',
  'summons_fingerprints',
  'proceedings_started',
  'opinions',
  'evidence',
  'draft_decision',
  'decision_granted',
  'decision_refused',
  'decision_discontinued',
  'decision_left_without_consideration',
  'card_personalisation',
  'card_ready',
  'appeal',
  'suspended',
  'closed',
] as const;

export type Stage = (typeof STAGES)[number];

export type StageGroup = 'start' | 'summons' | 'proceedings' | 'decision' | 'card' | 'other';

export const STAGE_GROUP: Record<Stage, StageGroup> = {
  registered: 'start',
  formal_check: 'start',
  summons_formal_defects: 'summons',
  summons_fee: 'summons',
  summons_fingerprints: 'summons',
  proceedings_started: 'proceedings',
  opinions: 'proceedings',
  evidence: 'proceedings',
  draft_decision: 'proceedings',
  decision_granted: 'decision',
  decision_refused: 'decision',
  decision_discontinued: 'decision',
  decision_left_without_consideration: 'decision',
  card_personalisation: 'card',
  card_ready: 'card',
  appeal: 'other',
  suspended: 'other',
  closed: 'other',
};

const SUMMONS = ['summons_formal_defects', 'summons_fee', 'summons_fingerprints'] as const;
const DECISIONS = ['decision_granted', 'decision_refused', 'decision_discontinued', 'decision_left_without_consideration'] as const;

/**
 * Allowed moves. Summonses may come and go (they are repeatable) before the
 * proceedings start; fingerprints may also be summoned after the start (the
 * MOS confirmation replaces the stamp and the office then summons); a case can
 * be suspended and resumed where it was; a decision can be appealed.
 */
export const TRANSITIONS: Record<Stage, readonly Stage[]> = {
  registered: ['formal_check', 'suspended'],
  formal_check: [...SUMMONS, 'proceedings_started', 'decision_left_without_consideration', 'suspended'],
  summons_formal_defects: ['formal_check', ...SUMMONS.filter((s) => s !== 'summons_formal_defects'), 'proceedings_started', 'decision_left_without_consideration', 'suspended'],
  summons_fee: ['formal_check', ...SUMMONS.filter((s) => s !== 'summons_fee'), 'proceedings_started', 'decision_left_without_consideration', 'suspended'],
  summons_fingerprints: ['formal_check', ...SUMMONS.filter((s) => s !== 'summons_fingerprints'), 'proceedings_started', 'opinions', 'evidence', 'suspended'],
  proceedings_started: ['summons_fingerprints', 'opinions', 'evidence', 'draft_decision', 'suspended'],
  opinions: ['evidence', 'draft_decision', 'summons_fingerprints', 'suspended'],
  evidence: ['opinions', 'draft_decision', 'suspended'],
  draft_decision: ['evidence', ...DECISIONS],
  decision_granted: ['card_personalisation', 'appeal', 'closed'],
  decision_refused: ['appeal', 'closed'],
  decision_discontinued: ['appeal', 'closed'],
  decision_left_without_consideration: ['appeal', 'closed'],
  card_personalisation: ['card_ready'],
  card_ready: ['closed'],
  appeal: ['closed'],
  suspended: ['formal_check', 'proceedings_started', 'opinions', 'evidence', 'draft_decision', 'decision_discontinued'],
  closed: [],
};

export function canMove(from: Stage, to: Stage): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}
