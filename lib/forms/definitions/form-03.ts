import type { FormDefinition } from '../engine/types';
import {
  addressInPolandSection,
  familyMembersSection,
  insuranceSection,
  meansSection,
  personalDataSection,
  staysAbroadSection,
  statementsSection,
  travelDocumentSection,
} from '../groups';

const T = 'formDefs.f3';

/**
 * Form 3: permanent residence permit (zezwolenie na pobyt stały). The official template
 * (Dz.U. 2014 poz. 568) is known only in outline beyond part A, so the ground section is
 * kept generic, without the paper form's numbering.
 */
export const form03: FormDefinition = {
  number: 3,
  filedBy: 'foreigner',
  guide: 'forms/3',
  service: 'permanent-residence',
  filer: 'foreigner',
  officialName: 'Wniosek o udzielenie zezwolenia na pobyt stały',
  sections: [
    personalDataSection,
    travelDocumentSection,
    addressInPolandSection,
    {
      id: 'ground',
      title: `${T}.sections.ground`,
      officialTitle: 'Podstawa ubiegania się o zezwolenie na pobyt stały',
      fields: [
        {
          name: 'ground',
          type: 'select',
          options: ['spouse_of_polish_citizen', 'polish_origin', 'karta_polaka', 'child_of_resident', 'other'],
          optionsText: `${T}.grounds`,
          text: `${T}.fields.ground`,
          hint: true,
          required: true,
          officialLabel: 'Podstawa ubiegania się o zezwolenie',
        },
        {
          name: 'groundDetails',
          type: 'textarea',
          text: `${T}.fields.groundDetails`,
          hint: true,
          required: true,
          showIf: { field: 'ground', equals: 'other' },
          officialLabel: 'Inna podstawa – opis okoliczności',
        },
      ],
    },
    familyMembersSection,
    staysAbroadSection,
    meansSection,
    insuranceSection,
    statementsSection,
  ],
};
