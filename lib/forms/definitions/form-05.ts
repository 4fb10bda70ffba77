import type { FormDefinition } from '../engine/types';
import { addressInPolandSection, personalDataSection, statementsSection, travelDocumentSection } from '../groups';

const T = 'formDefs.f5';

/** Reasons for which a card is exchanged rather than issued for the first time. */
const EXCHANGE_REASONS = ['data_change', 'loss', 'damage', 'expiry', 'other'] as const;

/**
 * Form 5: issue or exchange of a residence card (wydanie / wymiana karty pobytu). The template
 * (Dz.U. 2014 poz. 589) is known only in outline, so the card section is generic.
 */
export const form05: FormDefinition = {
  number: 5,
  filedBy: 'foreigner',
  guide: 'forms/5',
  service: 'residence-card',
  filer: 'foreigner',
  officialName: 'Wniosek o wydanie / wymianę karty pobytu',
  sections: [
    personalDataSection,
    travelDocumentSection,
    addressInPolandSection,
    {
      id: 'card',
      title: `${T}.sections.card`,
      officialTitle: 'Informacje dotyczące karty pobytu',
      fields: [
        {
          name: 'reason',
          type: 'select',
          options: ['first_card', 'data_change', 'loss', 'damage', 'expiry', 'other'],
          optionsText: `${T}.reasons`,
          text: `${T}.fields.reason`,
          required: true,
          officialLabel: 'Powód złożenia wniosku',
        },
        {
          name: 'reasonDetails',
          type: 'textarea',
          text: `${T}.fields.reasonDetails`,
          hint: true,
          required: true,
          showIf: { field: 'reason', equals: 'other' },
          officialLabel: 'Inny powód – opis',
        },
        {
          name: 'previousCardNumber',
          type: 'text',
          maxLength: 20,
          text: `${T}.fields.previousCardNumber`,
          hint: true,
          showIf: { field: 'reason', in: EXCHANGE_REASONS },
          officialLabel: 'Seria i numer dotychczasowej karty pobytu',
        },
        {
          name: 'permitDecisionNumber',
          type: 'text',
          maxLength: 100,
          text: `${T}.fields.permitDecisionNumber`,
          hint: true,
          required: true,
          officialLabel: 'Numer decyzji o udzieleniu zezwolenia',
        },
        {
          name: 'permitDecisionDate',
          type: 'date',
          dateRule: 'past',
          text: `${T}.fields.permitDecisionDate`,
          required: true,
          officialLabel: 'Data wydania decyzji',
        },
      ],
    },
    statementsSection,
  ],
};
