import type { FormDefinition } from '../engine/types';
import { employerSection, positionSection, statementsSection, travelDocumentSection } from '../groups';
import { foreignerSection } from './form-02';

const T = 'formDefs.f8';

/**
 * Form 8: work permit type A, filed by the employer (since 1 June 2025 filed
 * electronically via praca.gov.pl; here prepared, validated and printed).
 * The official field list is unconfirmed (FACTS.md §1.1 [U]): the sections are
 * kept to what every type A application holds, without official numbering.
 * The passport number is asked once, in the travel document section.
 */
export const form08: FormDefinition = {
  number: 8,
  filedBy: 'employer',
  guide: 'forms/8',
  service: 'work-permit',
  filer: 'employer',
  officialName: 'Wniosek o wydanie zezwolenia na pracę typu A',
  sections: [
    employerSection,
    foreignerSection(T, { documentNumber: false }),
    travelDocumentSection,
    positionSection,
    {
      id: 'period',
      title: `${T}.sections.period`,
      officialTitle: 'Okres ważności zezwolenia i uzasadnienie',
      fields: [
        { name: 'from', type: 'date', text: `${T}.fields.from`, required: true, officialLabel: 'Okres, na jaki ma zostać wydane zezwolenie – od' },
        { name: 'to', type: 'date', text: `${T}.fields.to`, hint: true, required: true, officialLabel: 'Okres, na jaki ma zostać wydane zezwolenie – do' },
        { name: 'justification', type: 'textarea', text: `${T}.fields.justification`, hint: true, officialLabel: 'Uzasadnienie' },
      ],
      checks: [{ kind: 'contract_period', start: 'from', end: 'to' }],
    },
    statementsSection,
  ],
};
