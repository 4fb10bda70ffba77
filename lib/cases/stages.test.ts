import { describe, expect, it } from 'vitest';
import { canMove, STAGES, TRANSITIONS } from './stages';

describe('stage model', () => {
  it('only names known stages as targets and never moves a stage to itself', () => {
    for (const [from, targets] of Object.entries(TRANSITIONS)) {
      for (const to of targets) {
        expect(STAGES).toContain(to);
        expect(to).not.toBe(from);
      }
    }
  });

  it('reaches closed from every stage', () => {
    for (const start of STAGES) {
      const seen = new Set([start]);
      const queue = [start];
      while (queue.length) {
        for (const next of TRANSITIONS[queue.shift()!]) {
          if (seen.has(next)) continue;
          seen.add(next);
          queue.push(next);
        }
      }
      expect([start, seen.has('closed')]).toEqual([start, true]);
    }
  });

  it('allows the ordinary path and repeatable summonses', () => {
    expect(canMove('registered', 'formal_check')).toBe(true);
    expect(canMove('formal_check', 'summons_fee')).toBe(true);
    expect(canMove('summons_fee', 'summons_formal_defects')).toBe(true);
    expect(canMove('summons_formal_defects', 'formal_check')).toBe(true);
    expect(canMove('draft_decision', 'decision_granted')).toBe(true);
    expect(canMove('decision_granted', 'card_personalisation')).toBe(true);
  });

  it('refuses skipping ahead, going back after a decision, and leaving closed', () => {
    expect(canMove('registered', 'decision_granted')).toBe(false);
    expect(canMove('formal_check', 'card_ready')).toBe(false);
    expect(canMove('decision_refused', 'evidence')).toBe(false);
    expect(canMove('closed', 'registered')).toBe(false);
  });
});
