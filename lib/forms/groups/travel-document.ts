import type { SectionDef } from '../engine/types';
import { countryChoice } from '../countries';

const T = 'formFields.document';

export const travelDocumentSection: SectionDef = {
  id: 'document',
  title: 'formSections.document',
  officialTitle: 'Dokument podróży',
  fields: [
    { name: 'type', type: 'select', options: ['passport', 'other'], optionsText: 'formOptions.documentType', text: `${T}.type`, required: true, officialLabel: 'Rodzaj dokumentu' },
    { name: 'number', type: 'passport_number', text: `${T}.number`, hint: true, required: true, officialLabel: 'Seria i numer' },
    { name: 'issueDate', type: 'date', text: `${T}.issueDate`, required: true, officialLabel: 'Data wydania' },
    { name: 'expiryDate', type: 'date', dateRule: 'document_expiry', text: `${T}.expiryDate`, required: true, officialLabel: 'Data ważności' },
    { name: 'issuer', type: 'text', text: `${T}.issuer`, required: true, officialLabel: 'Organ wydający' },
    { name: 'issuingCountry', ...countryChoice, text: `${T}.issuingCountry`, required: true, officialLabel: 'Państwo wydania' },
  ],
  checks: [{ kind: 'document_dates', issue: 'issueDate', expiry: 'expiryDate' }],
};
