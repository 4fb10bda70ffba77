import { addDays, addMonths, daysBetween, nextWorkingDayFrom } from '@/lib/calendar/dates';
import type { Stage } from './stages';

export type Limit = { days: number } | { months: number };

/**
 * Statutory limits by form: 60 days for temporary residence (art. 112a of the
 * Act on Foreigners), 6 months for permanent and EU long-term residence
 * (art. 210 and 223); otherwise the general one month of art. 35 § 3 KPA.
 */
export function statutoryLimit(formNumber: number): { limit: Limit; basis: 'trp' | 'pr' | 'kpa' } {
  if (formNumber === 1 || formNumber === 12) return { limit: { days: 60 }, basis: 'trp' };
  if (formNumber === 3 || formNumber === 4) return { limit: { months: 6 }, basis: 'pr' };
  return { limit: { months: 1 }, basis: 'kpa' };
}

/**
 * Art. 35 § 5 KPA: periods of suspension and delays caused by the party (the
 * time a summons gives the party to act) are not counted.
 */
const NOT_COUNTED: readonly Stage[] = ['suspended', 'summons_formal_defects', 'summons_fee', 'summons_fingerprints'];
const DECIDED: readonly Stage[] = ['decision_granted', 'decision_refused', 'decision_discontinued', 'decision_left_without_consideration'];

export type StageSpan = { stage: Stage; date: string /* Warsaw date the stage began */ };

export type TimeLimitStatus = {
  limit: Limit;
  basis: 'trp' | 'pr' | 'kpa';
  deadline: string;
  elapsedDays: number;
  notCountedDays: number;
  decided: boolean;
  overdue: boolean;
};

/**
 * `history` is the case's stages in order, the first being its registration.
 * The day of registration is not counted (art. 57 § 1 KPA); the clock stops at
 * the first decision; a deadline on a Saturday or holiday moves to the next working day.
 */
export function timeLimitStatus(formNumber: number, history: readonly StageSpan[], today: string): TimeLimitStatus {
  const { limit, basis } = statutoryLimit(formNumber);
  const start = history[0]?.date ?? today;
  const decidedAt = history.find((h) => DECIDED.includes(h.stage))?.date;
  const end = decidedAt ?? today;
  let notCounted = 0;
  history.forEach((h, i) => {
    if (!NOT_COUNTED.includes(h.stage)) return;
    const from = h.date < end ? h.date : end;
    const next = history[i + 1]?.date ?? end;
    notCounted += Math.max(0, daysBetween(from, next < end ? next : end));
  });
  const base = 'days' in limit ? addDays(start, limit.days) : addMonths(start, limit.months);
  const deadline = nextWorkingDayFrom(addDays(base, notCounted));
  return {
    limit,
    basis,
    deadline,
    elapsedDays: Math.max(0, daysBetween(start, end) - notCounted),
    notCountedDays: notCounted,
    decided: Boolean(decidedAt),
    overdue: end > deadline,
  };
}
