import { sectionSchema } from './schema';
import type { FormData, FormDefinition } from './types';

export type SectionState = 'complete' | 'in_progress' | 'not_started';

/** Each section's state on the task list: valid and complete, saved as a draft, or not yet opened. */
export function sectionProgress(def: FormDefinition, data: FormData, today: string): { id: string; state: SectionState; complete: boolean }[] {
  return def.sections.map((s) => {
    const saved = data[s.id];
    const state: SectionState = saved === undefined ? 'not_started' : sectionSchema(s, today).safeParse(saved).success ? 'complete' : 'in_progress';
    return { id: s.id, state, complete: state === 'complete' };
  });
}
