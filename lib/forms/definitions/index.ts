import type { FormDefinition } from '../engine/types';
import { form01 } from './form-01';
import { form02 } from './form-02';
import { form03 } from './form-03';
import { form04 } from './form-04';
import { form05 } from './form-05';
import { form06 } from './form-06';
import { form07 } from './form-07';
import { form08 } from './form-08';
import { form09 } from './form-09';
import { form10 } from './form-10';
import { form11 } from './form-11';
import { form12 } from './form-12';

/** Every form the engine knows. A new form is one definition file, its texts, and a line here. */
export const FORM_DEFINITIONS: ReadonlyMap<number, FormDefinition> = new Map([form01, form02, form03, form04, form05, form06, form07, form08, form09, form10, form11, form12].map((d) => [d.number, d]));

export function formDefinition(number: number): FormDefinition | undefined {
  return FORM_DEFINITIONS.get(number);
}
