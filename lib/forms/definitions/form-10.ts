import type { FormDefinition } from '../engine/types';
import { addressInPolandSection, personalDataSection, statementsSection } from '../groups';

const T = 'formDefs.f10';

/**
 * Form 10: Polish travel document for a foreigner (MSW regulation of
 * 29 Apr 2014, Dz.U. 2014 poz. 589). Issued to a foreigner who holds one of the
 * four permits or forms of protection below and has lost their own passport or
 * cannot obtain one (FACTS.md §1.2). The template's own numbering is not
 * confirmed, so the sections beyond A carry no letters or numbers.
 */
export const form10: FormDefinition = {
  number: 10,
  filedBy: 'foreigner',
  guide: 'forms/10',
  service: 'travel-document',
  filer: 'foreigner',
  officialName: 'Wniosek o wydanie polskiego dokumentu podróży dla cudzoziemca',
  sections: [
    personalDataSection,
    { ...addressInPolandSection, officialTitle: 'Miejsce pobytu na terytorium Rzeczypospolitej Polskiej' },
    {
      id: 'permit',
      title: `${T}.sections.permit`,
      officialTitle: 'Posiadane zezwolenie lub udzielona ochrona',
      fields: [
        {
          name: 'permitType',
          type: 'select',
          options: ['permanent_residence', 'eu_long_term_resident', 'subsidiary_protection', 'humanitarian_stay'],
          optionsText: `${T}.permitTypes`,
          text: `${T}.fields.permitType`,
          required: true,
          officialLabel: 'Rodzaj posiadanego zezwolenia lub udzielonej ochrony',
        },
        { name: 'decisionNumber', type: 'text', text: `${T}.fields.decisionNumber`, hint: true, required: true, maxLength: 60, officialLabel: 'Numer (znak) decyzji' },
        { name: 'cardNumber', type: 'text', text: `${T}.fields.cardNumber`, hint: true, maxLength: 20, officialLabel: 'Seria i numer karty pobytu' },
      ],
    },
    {
      id: 'reason',
      title: `${T}.sections.reason`,
      officialTitle: 'Uzasadnienie wniosku',
      fields: [
        {
          name: 'reason',
          type: 'textarea',
          text: `${T}.fields.reason`,
          hint: true,
          required: true,
          officialLabel: 'Przyczyny utraty dokumentu podróży lub braku możliwości uzyskania nowego dokumentu',
        },
      ],
    },
    statementsSection,
  ],
};
