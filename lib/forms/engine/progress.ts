import { sectionSchema } from './schema';
import type { FormData, FormDefinition } from './types';

/** Which sections hold a complete, valid answer (the task list a person sees). */
export function sectionProgress(def: FormDefinition, data: FormData, today: string): { id: string; complete: boolean }[] {
  return def.sections.map((s) => ({ id: s.id, complete: data[s.id] !== undefined && sectionSchema(s, today).safeParse(data[s.id]).success }));
}
