import type { FormDefinition } from '../engine/types';
import {
  addressInPolandSection,
  employerSection,
  personalDataSection,
  positionSection,
  statementsSection,
  travelDocumentSection,
} from '../groups';

const T = 'formDefs.f12';

/**
 * Form 12: change of a temporary residence and work permit (e.g. a new
 * employer), filed by the foreigner; the new employer files its own annex
 * (form 2). The permit and change sections are not an official template
 * (FACTS.md §1.2 [U]), so their labels carry no numbering.
 */
export const form12: FormDefinition = {
  number: 12,
  filedBy: 'foreigner',
  guide: 'forms/12',
  service: 'permit-change',
  filer: 'foreigner',
  officialName: 'Wniosek o zmianę zezwolenia na pobyt czasowy i pracę',
  sections: [
    personalDataSection,
    travelDocumentSection,
    addressInPolandSection,
    {
      id: 'currentPermit',
      title: `${T}.sections.currentPermit`,
      officialTitle: 'Posiadane zezwolenie na pobyt czasowy i pracę',
      fields: [
        { name: 'permitNumber', type: 'text', text: `${T}.fields.permitNumber`, hint: true, required: true, maxLength: 60, officialLabel: 'Numer (znak) decyzji o udzieleniu zezwolenia' },
        { name: 'issueDate', type: 'date', text: `${T}.fields.issueDate`, required: true, officialLabel: 'Data wydania decyzji' },
        { name: 'cardNumber', type: 'text', text: `${T}.fields.cardNumber`, hint: true, maxLength: 20, officialLabel: 'Seria i numer karty pobytu' },
      ],
    },
    {
      id: 'change',
      title: `${T}.sections.change`,
      officialTitle: 'Zakres wnioskowanej zmiany',
      fields: [
        {
          name: 'reason',
          type: 'select',
          options: ['new_employer', 'new_position', 'other'],
          optionsText: `${T}.reasons`,
          text: `${T}.fields.reason`,
          required: true,
          officialLabel: 'Przyczyna zmiany zezwolenia',
        },
        { name: 'details', type: 'textarea', text: `${T}.fields.details`, hint: true, required: true, officialLabel: 'Opis zmiany' },
      ],
    },
    employerSection,
    positionSection,
    statementsSection,
  ],
};
