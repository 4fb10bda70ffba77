import type { FormDefinition } from '../engine/types';
import {
  addressInPolandSection,
  insuranceSection,
  meansSection,
  personalDataSection,
  staysAbroadSection,
  statementsSection,
  travelDocumentSection,
} from '../groups';

const T = 'formDefs.f4';

/**
 * Form 4: EU long-term resident's permit (zezwolenie na pobyt rezydenta długoterminowego UE).
 * Part A as on the temporary residence form; the residence section (5 years of legal and
 * continuous stay) is generic, its paper numbering being unconfirmed. Breaks in the stay are
 * the trips abroad of the last 5 years.
 */
export const form04: FormDefinition = {
  number: 4,
  filedBy: 'foreigner',
  guide: 'forms/4',
  service: 'eu-long-term-resident',
  filer: 'foreigner',
  officialName: 'Wniosek o udzielenie zezwolenia na pobyt rezydenta długoterminowego UE',
  sections: [
    personalDataSection,
    travelDocumentSection,
    addressInPolandSection,
    {
      id: 'residence',
      title: `${T}.sections.residence`,
      officialTitle: 'Pobyt na terytorium Rzeczypospolitej Polskiej',
      fields: [
        {
          name: 'continuousStaySince',
          type: 'date',
          dateRule: 'past',
          text: `${T}.fields.continuousStaySince`,
          hint: true,
          required: true,
          officialLabel: 'Data, od której cudzoziemiec przebywa legalnie i nieprzerwanie na terytorium RP',
        },
        {
          name: 'stayBasis',
          type: 'select',
          options: ['temporary_residence', 'international_protection', 'other'],
          optionsText: `${T}.stayBases`,
          text: `${T}.fields.stayBasis`,
          required: true,
          officialLabel: 'Obecna podstawa pobytu',
        },
        {
          name: 'stayBasisDetails',
          type: 'textarea',
          text: `${T}.fields.stayBasisDetails`,
          hint: true,
          required: true,
          showIf: { field: 'stayBasis', equals: 'other' },
          officialLabel: 'Inna podstawa pobytu – opis',
        },
        {
          name: 'stayHistory',
          type: 'textarea',
          text: `${T}.fields.stayHistory`,
          hint: true,
          officialLabel: 'Podstawy pobytu w okresie ostatnich 5 lat',
        },
      ],
    },
    staysAbroadSection,
    meansSection,
    insuranceSection,
    statementsSection,
  ],
};
