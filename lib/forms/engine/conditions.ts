import type { Condition, SectionData } from './types';

export function conditionHolds(condition: Condition | undefined, values: SectionData | Record<string, unknown>): boolean {
  if (!condition) return true;
  const v = values[condition.field];
  if ('equals' in condition) return v === condition.equals;
  return typeof v === 'string' && condition.in.includes(v);
}
