import { isRepeat, type FormDefinition, type SectionDef } from '../engine/types';
import {
  addressInPolandSection,
  insuranceSection,
  meansSection,
  personalDataSection,
  statementsSection,
  travelDocumentSection,
} from '../groups';

const T = 'formDefs.f9';

/** The shared insurance group, with a hint on its first question about the Schengen minimum cover. */
const visaInsuranceSection: SectionDef = {
  ...insuranceSection,
  fields: insuranceSection.fields.map((f) => (!isRepeat(f) && f.name === 'insured' ? { ...f, text: `${T}.fields.insured`, hint: true } : f)),
};

/**
 * Form 9: extension of a national (D) or Schengen (C) visa. The template's numbering is
 * unconfirmed, so the visa and reasons sections are generic.
 */
export const form09: FormDefinition = {
  number: 9,
  filedBy: 'foreigner',
  guide: 'forms/9',
  service: 'visa-extension',
  filer: 'foreigner',
  officialName: 'Wniosek o przedłużenie wizy krajowej / Schengen',
  sections: [
    personalDataSection,
    travelDocumentSection,
    addressInPolandSection,
    {
      id: 'visa',
      title: `${T}.sections.visa`,
      officialTitle: 'Informacje o wizie',
      fields: [
        {
          name: 'visaType',
          type: 'select',
          options: ['national', 'schengen'],
          optionsText: `${T}.visaTypes`,
          text: `${T}.fields.visaType`,
          required: true,
          officialLabel: 'Rodzaj wizy',
        },
        { name: 'visaNumber', type: 'text', maxLength: 20, text: `${T}.fields.visaNumber`, hint: true, required: true, officialLabel: 'Numer wizy' },
        { name: 'validFrom', type: 'date', text: `${T}.fields.validFrom`, required: true, officialLabel: 'Wiza ważna od' },
        { name: 'validTo', type: 'date', text: `${T}.fields.validTo`, required: true, officialLabel: 'Wiza ważna do' },
        { name: 'extendUntil', type: 'date', text: `${T}.fields.extendUntil`, hint: true, required: true, officialLabel: 'Wnioskowany okres przedłużenia wizy – do dnia' },
      ],
      checks: [
        // Valid from: not in the future and before "valid to"; the extension must end after the visa does.
        { kind: 'document_dates', issue: 'validFrom', expiry: 'validTo' },
        { kind: 'contract_period', start: 'validTo', end: 'extendUntil' },
      ],
    },
    {
      id: 'reasons',
      title: `${T}.sections.reasons`,
      officialTitle: 'Uzasadnienie wniosku',
      fields: [
        { name: 'reason', type: 'textarea', text: `${T}.fields.reason`, hint: true, required: true, officialLabel: 'Przyczyny ubiegania się o przedłużenie wizy' },
      ],
    },
    meansSection,
    visaInsuranceSection,
    statementsSection,
  ],
};
