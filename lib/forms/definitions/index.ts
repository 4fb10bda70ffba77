import type { FormDefinition } from '../engine/types';
import { form01 } from './form-01';

/** Every form the engine knows. A new form is one definition file, its texts, and a line here. */
export const FORM_DEFINITIONS: ReadonlyMap<number, FormDefinition> = new Map([form01].map((d) => [d.number, d]));

export function formDefinition(number: number): FormDefinition | undefined {
  return FORM_DEFINITIONS.get(number);
}
